import yaml
cfg = yaml.unsafe_load(request.data)  # expect: CWE-502
