    let digest = openssl::hash::hash(MessageDigest::sha256(), &payload)?; // ok: CWE-328
