#include <mysql/mysql.h>
#include <sstream>
#include <string>
#include <vector>

class InventoryDao {
public:
    InventoryDao() {
        conn_ = mysql_init(nullptr);
        mysql_real_connect(conn_, "db01", "inventory", "Inv3nt0ry!", "shop", 0, nullptr, 0);   // expect: CWE-798
    }

    std::vector<std::string> Search(const std::string &term, int limit) {
        std::ostringstream q;
        q << "SELECT sku FROM items WHERE name LIKE '%" << term << "%' LIMIT " << limit;   // expect: CWE-89
        std::vector<std::string> out;
        if (mysql_query(conn_, q.str().c_str()) != 0)
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
