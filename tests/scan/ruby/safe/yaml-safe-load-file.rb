def translations(locale)
  YAML.safe_load_file(Rails.root.join("config/locales/#{locale}.yml"), aliases: true) # ok: CWE-502
end
