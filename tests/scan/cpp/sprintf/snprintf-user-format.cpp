void Hud::SetText(const std::string &text) {
    char buf[256];
    std::snprintf(buf, sizeof buf, text.c_str());                   // expect: CWE-134
    text_ = buf;
}
