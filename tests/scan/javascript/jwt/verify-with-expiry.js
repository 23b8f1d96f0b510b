const claims = jwt.verify(token, secret, { algorithms: ['HS256'], maxAge: '15m' }); // ok: CWE-613
