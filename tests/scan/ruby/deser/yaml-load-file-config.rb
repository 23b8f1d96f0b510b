CONFIG = YAML.load_file(Rails.root.join("config", "features.yml")) # ok: CWE-502
