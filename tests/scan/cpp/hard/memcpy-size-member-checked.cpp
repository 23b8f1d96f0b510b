void Packet::SetBody(const std::uint8_t *data, std::size_t n) {
    if (n > sizeof(body_))
        throw std::length_error("Packet::SetBody");
    std::memcpy(body_, data, n);                                    // ok: CWE-120
    len_ = n;
}
