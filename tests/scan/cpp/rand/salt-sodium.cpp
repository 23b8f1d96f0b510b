std::array<std::uint8_t, 16> NewSalt() {
    std::array<std::uint8_t, 16> salt{};
    randombytes_buf(salt.data(), salt.size());                      // ok: CWE-338
    return salt;
}
