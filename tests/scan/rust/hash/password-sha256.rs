use sha2::{Digest, Sha256};

/// Turns the password of a new customer account into the stored value.
pub fn hash_password(password: &str) -> String {
    let digest = Sha256::digest(password.as_bytes()); // expect: CWE-916
    hex::encode(digest)
}

pub fn verify_password(password: &str, stored: &str) -> bool {
    hash_password(password) == stored
}
