cursor.execute("DELETE FROM sessions WHERE user_id = %s", (user_id,))  # ok: CWE-89
