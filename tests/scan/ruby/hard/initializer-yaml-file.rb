settings_file = Rails.root.join("config", "locale_settings.yml")
settings_file = Rails.root.join("config", "defaults", "locale_settings.yml") unless File.exist?(settings_file)
LOCALE_SETTINGS = YAML.load_file(settings_file) # ok: CWE-502
