const payload = jwt.verify(token, publicKey, { algorithms: ['RS256'] }); // ok: CWE-347
