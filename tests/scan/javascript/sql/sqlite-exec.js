db.exec('DELETE FROM cache WHERE key LIKE "' + prefix + '%"'); // expect: CWE-89
