def notify(version, pkg):
    print("Update available: %s" % version)  # ok: CWE-89
    log.info("Delete requested for " + pkg)  # ok: CWE-89
