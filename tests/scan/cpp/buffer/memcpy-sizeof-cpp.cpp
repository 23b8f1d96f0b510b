void Frame::SetPayload(const char *s) {
    std::size_t n = std::min(std::strlen(s), sizeof(payload_) - 1);
    std::memcpy(payload_, s, n);                                    // ok: CWE-787
    payload_[n] = '\0';
}
