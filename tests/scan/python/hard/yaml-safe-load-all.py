import yaml
docs = list(yaml.safe_load_all(stream))  # ok: CWE-502
