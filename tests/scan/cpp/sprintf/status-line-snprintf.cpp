std::string StatusBar::Render() const {
    char buf[80];
    std::snprintf(buf, sizeof(buf), "%s | %d%% | %s", mode_.c_str(), progress_, file_.c_str());   // ok: CWE-120
    return buf;
}
