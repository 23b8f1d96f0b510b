std::string StaticFiles::ETag(const std::string &body) {
    XXH64_hash_t h = XXH3_64bits(body.data(), body.size());         // ok: CWE-328
    char buf[20];
    std::snprintf(buf, sizeof buf, "\"%016llx\"", static_cast<unsigned long long>(h));
    return buf;
}
