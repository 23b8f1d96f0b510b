        if form.validate():
            uid = form.user_id.data
            cur.execute("UPDATE users SET active = 0 WHERE id = %s", (uid,))  # ok: CWE-89
            flash("deactivated")
    else:
