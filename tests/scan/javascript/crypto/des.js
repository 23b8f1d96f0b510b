const cipher = crypto.createCipheriv('des-ede3-cbc', key, iv); // expect: CWE-327
