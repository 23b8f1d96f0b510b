    data = yaml.load(body, Loader=yaml.Loader)  # expect: CWE-502
