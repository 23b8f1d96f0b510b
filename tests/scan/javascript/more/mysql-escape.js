const sql = 'SELECT * FROM users WHERE name = ' + mysql.escape(name); // ok: CWE-89
