    let ct = encrypt(Cipher::aes_256_cbc(), &key, Some(&iv), plaintext)?; // ok: CWE-327
