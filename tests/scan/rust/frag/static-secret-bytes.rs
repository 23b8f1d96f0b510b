static HMAC_SECRET: &[u8] = b"9f8e7d6c5b4a3928"; // expect: CWE-798
