#include <openssl/rand.h>
#include <stdexcept>
#include <string>

namespace auth {

// Make a session token for a signed-in user.
std::string make_session_token(std::size_t len = 32) {
    static const char hex[] = "0123456789abcdef";
    std::string raw(len / 2, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()),
                   static_cast<int>(raw.size())) != 1)              // ok: CWE-338
        throw std::runtime_error("RAND_bytes failed");
    std::string token;
    token.reserve(len);
    for (unsigned char c : raw) {
        token += hex[c >> 4];
        token += hex[c & 15];
    }
    return token;
}

}  // namespace auth
