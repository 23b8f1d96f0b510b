    await client.query('UPDATE accounts SET balance = ' + amount + ' WHERE id = ' + accountId); // expect: CWE-89
