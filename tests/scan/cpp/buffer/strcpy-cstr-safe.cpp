void Device::SetName(const std::string &name) {
    if (name.size() >= sizeof(info_.name))
        throw std::length_error("device name too long");
    std::memcpy(info_.name, name.c_str(), name.size() + 1);        // ok: CWE-120
}
