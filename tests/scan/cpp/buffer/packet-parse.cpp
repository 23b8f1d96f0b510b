#include <cstdint>
#include <cstring>
#include <string>

struct Login {
    char user[32];
    char pass[64];
};

// wire: u8 user_len, user bytes, u8 pass_len, pass bytes
bool ParseLogin(const std::uint8_t *p, std::size_t n, Login *out) {
    char user[32];
    char pass[64];
    if (n < 2)
        return false;
    std::size_t ulen = p[0];
    std::memcpy(user, p + 1, ulen);                                 // expect: CWE-121
    user[ulen] = '\0';
    std::size_t plen = p[1 + ulen];
    std::memcpy(pass, p + 2 + ulen, plen);                          // expect: CWE-121
    pass[plen] = '\0';
    std::strcpy(out->user, user);                                   // expect: CWE-120
    std::strcpy(out->pass, pass);                                   // expect: CWE-120
    return true;
}
