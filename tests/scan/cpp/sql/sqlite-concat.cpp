#include <sqlite3.h>
#include <iostream>
#include <string>

int PrintBook(sqlite3 *db, const std::string &isbn) {
    std::string sql = "SELECT title, author FROM books WHERE isbn = '" + isbn + "'";   // expect: CWE-89
    char *err = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(),
        [](void *, int n, char **v, char **c) {
            for (int i = 0; i < n; ++i)
                std::cout << c[i] << '=' << (v[i] ? v[i] : "NULL") << ' ';
            std::cout << '\n';
            return 0;
        }, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::cerr << err << '\n';
        sqlite3_free(err);
    }
    return rc;
}
