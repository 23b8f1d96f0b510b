const users = await db.selectFrom('users').selectAll().where('email', '=', email).execute(); // ok: CWE-89
