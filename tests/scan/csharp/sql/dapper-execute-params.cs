await conn.ExecuteAsync("DELETE FROM Carts WHERE SessionKey = @sessionKey", new { sessionKey });   // ok: CWE-89
