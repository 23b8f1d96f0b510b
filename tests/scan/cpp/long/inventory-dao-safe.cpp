#include <cstdlib>
#include <mysql/mysql.h>
#include <string>
#include <vector>

class InventoryDao {
public:
    InventoryDao() {
        conn_ = mysql_init(nullptr);
        mysql_real_connect(conn_, "db01", "inventory", std::getenv("INVENTORY_DB_PASSWORD"),
                           "shop", 0, nullptr, 0);                  // ok: CWE-798
    }

    std::vector<std::string> Search(const std::string &term, int limit) {
        std::string escaped(term.size() * 2 + 1, '\0');
        unsigned long n = mysql_real_escape_string(conn_, escaped.data(), term.c_str(), term.size());
        escaped.resize(n);
        std::string q = "SELECT sku FROM items WHERE name LIKE '%" + escaped + "%' LIMIT " +
                        std::to_string(limit);                      // ok: CWE-89 escaped
        std::vector<std::string> out;
        if (mysql_query(conn_, q.c_str()) != 0)
            return out;
        MYSQL_RES *res = mysql_store_result(conn_);
        while (MYSQL_ROW row = mysql_fetch_row(res))
            out.emplace_back(row[0]);
        mysql_free_result(res);
        return out;
    }

private:
    MYSQL *conn_;
};
