const cipher = crypto.createCipher('aes-256-cbc', key); // expect: CWE-327
