    let digest = openssl::hash::hash(MessageDigest::md5(), &payload)?; // expect: CWE-328
