void AuditLog::Record(const Request &req) {
    std::string line = req.method + " " + req.path + " from " + req.peer;
    syslog(LOG_NOTICE, "%s", line.c_str());                         // ok: CWE-134
}
