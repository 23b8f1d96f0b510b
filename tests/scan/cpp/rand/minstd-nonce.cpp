class Handshake {
public:
    Handshake() : rng_(static_cast<std::uint32_t>(std::time(nullptr))) {}

    std::uint64_t NextNonce() {
        return (static_cast<std::uint64_t>(rng_()) << 32) | rng_();
    }

private:
    std::minstd_rand rng_;                                          // expect: CWE-338
};
