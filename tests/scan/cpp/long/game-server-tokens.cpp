#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <string>
#include <unordered_map>

struct Player {
    std::string name;
    std::uint32_t room = 0;
};

class Lobby {
public:
    Lobby() { std::srand(static_cast<unsigned>(std::time(nullptr))); }   // expect: CWE-330

    // the reconnect token lets a dropped client take its seat back
    std::string IssueReconnectToken(const Player &p) {
        std::string token;
        for (int i = 0; i < 24; ++i)
            token += static_cast<char>('a' + std::rand() % 26);     // expect: CWE-338
        tokens_[token] = p.name;
        return token;
    }

    std::uint32_t PickRoom() const {
        return static_cast<std::uint32_t>(std::rand()) % rooms_;    // expect: CWE-330
    }

private:
    std::unordered_map<std::string, std::string> tokens_;
    std::uint32_t rooms_ = 8;
};
