std::string StatusBar::Render() const {
    char buf[80];
    std::sprintf(buf, "%s | %d%% | %s", mode_.c_str(), progress_, file_.c_str());   // expect: CWE-120
    return buf;
}
