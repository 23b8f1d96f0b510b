def connect_ldap(server, user="cn=admin,dc=corp", password="Adm1nPass"):  # expect: CWE-798
    conn = ldap.initialize(server)
    conn.simple_bind_s(user, password)
    return conn
