#include <chrono>
#include <random>
#include <string>

namespace auth {

// Make a session token for a signed-in user.
std::string make_session_token(std::size_t len = 32) {
    static const char chars[] =
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    std::mt19937 gen(static_cast<unsigned>(                         // expect: CWE-338
        std::chrono::system_clock::now().time_since_epoch().count()));
    std::uniform_int_distribution<std::size_t> pick(0, sizeof(chars) - 2);
    std::string token;
    token.reserve(len);
    for (std::size_t i = 0; i < len; ++i)
        token += chars[pick(gen)];
    return token;
}

}  // namespace auth
