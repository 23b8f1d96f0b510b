session = requests.Session()
session.verify = False  # expect: CWE-295
