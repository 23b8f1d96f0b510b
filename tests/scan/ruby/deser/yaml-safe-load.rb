def import_settings(upload)
  settings = YAML.safe_load(upload.read, permitted_classes: [Date]) # ok: CWE-502
  current_user.update!(settings: settings)
end
