def load_snapshot(io)
  YAML.safe_load(io.read, permitted_classes: [Symbol, Time], aliases: false) # ok: CWE-502
end
