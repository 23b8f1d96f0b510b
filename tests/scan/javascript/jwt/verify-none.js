const payload = jwt.verify(token, publicKey, { algorithms: ['none', 'RS256'] }); // expect: CWE-347
