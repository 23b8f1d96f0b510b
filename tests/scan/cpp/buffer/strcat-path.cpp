bool Cache::PathFor(const char *key, char *out) {
    char path[PATH_MAX];
    std::strcpy(path, root_);                                       // expect: CWE-120
    std::strcat(path, "/");
    std::strcat(path, key);                                         // expect: CWE-120
    std::strcpy(out, path);                                         // expect: CWE-120
    return true;
}
