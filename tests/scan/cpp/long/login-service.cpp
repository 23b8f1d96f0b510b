#include <openssl/md5.h>
#include <sqlite3.h>
#include <cstring>
#include <string>

class LoginService {
public:
    explicit LoginService(sqlite3 *db) : db_(db) {}

    bool Login(const std::string &user, const std::string &password) {
        unsigned char digest[MD5_DIGEST_LENGTH];
        MD5(reinterpret_cast<const unsigned char *>(password.c_str()), password.size(), digest);   // expect: CWE-916
        std::string hex = ToHex(digest, sizeof digest);

        std::string sql = "SELECT id FROM users WHERE name = '" + user +   // expect: CWE-89
                          "' AND pw_md5 = '" + hex + "'";
        bool found = false;
        sqlite3_exec(db_, sql.c_str(),
                     [](void *ud, int, char **, char **) {
                         *static_cast<bool *>(ud) = true;
                         return 0;
                     },
                     &found, nullptr);
        return found;
    }

private:
    static std::string ToHex(const unsigned char *p, std::size_t n);
    sqlite3 *db_;
};
