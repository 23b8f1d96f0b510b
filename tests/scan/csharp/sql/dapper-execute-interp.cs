await conn.ExecuteAsync($"DELETE FROM Carts WHERE SessionKey = '{sessionKey}'");   // expect: CWE-89
