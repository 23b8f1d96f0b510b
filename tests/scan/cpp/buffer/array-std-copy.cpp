void Frame::SetHeader(const std::vector<uint8_t> &h) {
    uint8_t hdr[16];
    std::copy(h.begin(), h.end(), hdr);                             // expect: CWE-121
    Commit(hdr);
}
