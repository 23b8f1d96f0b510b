use sha2::{Digest, Sha512};

pub fn hash_password(password: &str, salt: &[u8]) -> Vec<u8> {
    let mut hasher = Sha512::new();
    hasher.update(salt);
    hasher.update(password.as_bytes()); // expect: CWE-916
    hasher.finalize().to_vec()
}
