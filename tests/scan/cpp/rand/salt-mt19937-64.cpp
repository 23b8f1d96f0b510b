std::array<std::uint8_t, 16> NewSalt() {
    std::mt19937_64 eng(std::chrono::steady_clock::now().time_since_epoch().count());   // expect: CWE-338
    std::array<std::uint8_t, 16> salt{};
    for (auto &b : salt)
        b = static_cast<std::uint8_t>(eng());
    return salt;
}
