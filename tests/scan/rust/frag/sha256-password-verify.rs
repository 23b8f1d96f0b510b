    let ok = hex::encode(Sha256::digest(attempt.password.as_bytes())) == user.password_hash; // expect: CWE-916
