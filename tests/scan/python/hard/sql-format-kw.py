    query = "SELECT * FROM users WHERE name = '{name}'".format(name=name)  # expect: CWE-89
