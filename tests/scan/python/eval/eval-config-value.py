    timeout = eval(config.get("server", "timeout"))  # expect: CWE-95
