const claims = jwt.verify(token, secret, { ignoreExpiration: true }); // expect: CWE-613
