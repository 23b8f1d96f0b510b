const nonce = Math.random().toString(36).substring(2, 15); // expect: CWE-338
res.setHeader('Content-Security-Policy', `script-src 'nonce-${nonce}'`);
