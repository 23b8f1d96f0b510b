cursor.execute("DELETE FROM sessions WHERE user_id = %s" % user_id)  # expect: CWE-89
