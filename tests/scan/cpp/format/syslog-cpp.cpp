void AuditLog::Record(const Request &req) {
    std::string line = req.method + " " + req.path + " from " + req.peer;
    syslog(LOG_NOTICE, line.c_str());                               // expect: CWE-134
}
