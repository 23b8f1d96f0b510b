#include <sqlite3.h>
#include <iostream>
#include <string>

int PrintBook(sqlite3 *db, const std::string &isbn) {
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT title, author FROM books WHERE isbn = ?", -1, &st, nullptr);   // ok: CWE-89
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_bind_text(st, 1, isbn.c_str(), -1, SQLITE_TRANSIENT);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        std::cout << sqlite3_column_text(st, 0) << " by " << sqlite3_column_text(st, 1) << '\n';
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}
