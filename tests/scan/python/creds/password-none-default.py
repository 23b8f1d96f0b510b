def connect_ldap(server, user, password=None):  # ok: CWE-798
    conn = ldap.initialize(server)
    conn.simple_bind_s(user, password or os.environ["LDAP_PASSWORD"])
    return conn
