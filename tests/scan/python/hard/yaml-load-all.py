import yaml
docs = list(yaml.load_all(stream))  # expect: CWE-502
