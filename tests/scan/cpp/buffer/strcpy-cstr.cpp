void Device::SetName(const std::string &name) {
    std::strcpy(info_.name, name.c_str());                         // expect: CWE-120
}
