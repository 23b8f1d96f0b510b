import yaml
with open("out.yml", "w") as fh:
    yaml.dump(config, fh)  # ok: CWE-502
