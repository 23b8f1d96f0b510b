#include <cstdint>
#include <random>
#include <string>
#include <unordered_map>
#include <sodium.h>

struct Player {
    std::string name;
    std::uint32_t room = 0;
};

class Lobby {
public:
    // the reconnect token lets a dropped client take its seat back
    std::string IssueReconnectToken(const Player &p) {
        std::string token(24, '\0');
        for (auto &c : token)
            c = static_cast<char>('a' + randombytes_uniform(26));   // ok: CWE-338
        tokens_[token] = p.name;
        return token;
    }

    std::uint32_t PickRoom() {
        std::uniform_int_distribution<std::uint32_t> d(0, rooms_ - 1);
        return d(rng_);                                             // ok: CWE-330
    }

private:
    std::mt19937 rng_{std::random_device{}()};
    std::unordered_map<std::string, std::string> tokens_;
    std::uint32_t rooms_ = 8;
};
