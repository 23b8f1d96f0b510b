void Frame::SetPayload(const char *s) {
    std::memcpy(payload_, s, std::strlen(s));                       // expect: CWE-787
}
