def import_settings(upload)
  settings = YAML.load(upload.read) # expect: CWE-502
  current_user.update!(settings: settings)
end
