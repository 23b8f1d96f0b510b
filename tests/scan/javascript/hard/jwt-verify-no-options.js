const claims = jwt.verify(token, process.env.JWT_SECRET); // ok: CWE-347
