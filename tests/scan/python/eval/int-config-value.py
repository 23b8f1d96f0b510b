    timeout = int(config.get("server", "timeout"))  # ok: CWE-95
