void Packet::SetBody(const std::uint8_t *data, std::size_t n) {
    std::memcpy(body_, data, n);                                    // expect: CWE-120
    len_ = n;
}
