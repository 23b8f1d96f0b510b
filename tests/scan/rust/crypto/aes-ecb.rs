    let ct = encrypt(Cipher::aes_128_ecb(), &key, None, plaintext)?; // expect: CWE-327
