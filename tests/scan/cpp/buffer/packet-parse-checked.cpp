#include <cstdint>
#include <cstring>
#include <string>

// wire: u8 user_len, user bytes, u8 pass_len, pass bytes
bool ParseLogin(const std::uint8_t *p, std::size_t n, std::string *user, std::string *pass) {
    if (n < 2)
        return false;
    std::size_t ulen = p[0];
    if (ulen + 2 > n)
        return false;
    std::size_t plen = p[1 + ulen];
    if (2 + ulen + plen > n)
        return false;
    user->assign(reinterpret_cast<const char *>(p + 1), ulen);      // ok: CWE-121
    pass->assign(reinterpret_cast<const char *>(p + 2 + ulen), plen);   // ok: CWE-121
    return true;
}
