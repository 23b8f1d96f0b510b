    let cipher = ChaCha20Poly1305::new(&key); // ok: CWE-327
