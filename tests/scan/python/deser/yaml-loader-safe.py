    data = yaml.load(body, Loader=yaml.SafeLoader)  # ok: CWE-502
