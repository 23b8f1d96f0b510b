SETTINGS = YAML.load(File.read(Rails.root.join("config", "settings.yml"))) # ok: CWE-502
