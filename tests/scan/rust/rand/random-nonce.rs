    let nonce: [u8; 12] = rand::random(); // ok: CWE-338
    let ct = cipher.encrypt(Nonce::from_slice(&nonce), plaintext.as_ref())?;
