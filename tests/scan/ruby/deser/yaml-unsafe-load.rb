data = YAML.unsafe_load(File.read(path)) # expect: CWE-502
