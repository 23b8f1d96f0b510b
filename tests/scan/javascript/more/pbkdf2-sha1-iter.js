const key = crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha1'); // expect: CWE-916
