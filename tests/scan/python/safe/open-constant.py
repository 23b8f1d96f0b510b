with open("config/settings.toml", "rb") as fh:  # ok: CWE-22
    settings = tomllib.load(fh)
