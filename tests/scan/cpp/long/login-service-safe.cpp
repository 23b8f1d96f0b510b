#include <sodium.h>
#include <sqlite3.h>
#include <string>

class LoginService {
public:
    explicit LoginService(sqlite3 *db) : db_(db) {}

    bool Login(const std::string &user, const std::string &password) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db_, "SELECT pw_hash FROM users WHERE name = ?", -1, &st,
                               nullptr) != SQLITE_OK)                // ok: CWE-89
            return false;
        sqlite3_bind_text(st, 1, user.c_str(), -1, SQLITE_TRANSIENT);
        bool ok = false;
        if (sqlite3_step(st) == SQLITE_ROW) {
            const char *stored = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
            ok = stored && crypto_pwhash_str_verify(stored, password.c_str(),
                                                    password.size()) == 0;   // ok: CWE-916
        }
        sqlite3_finalize(st);
        return ok;
    }

private:
    sqlite3 *db_;
};
