def by_name(name):
    return User.raw("SELECT * FROM user WHERE name = %s", name)  # ok: CWE-89
