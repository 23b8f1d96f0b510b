use rand::{distributions::Alphanumeric, rngs::OsRng, Rng};
use sha2::{Digest, Sha256};
use std::time::{Duration, SystemTime};

pub struct ResetToken {
    pub token: String,
    pub digest: String,
    pub expires: SystemTime,
}

/// A password-reset token: the raw value goes into the email, the digest
/// into the database.
pub fn new_reset_token() -> ResetToken {
    let token: String = OsRng // ok: CWE-338
        .sample_iter(&Alphanumeric)
        .take(32)
        .map(char::from)
        .collect();
    let digest = hex::encode(Sha256::digest(token.as_bytes())); // ok: CWE-916
    ResetToken {
        token,
        digest,
        expires: SystemTime::now() + Duration::from_secs(30 * 60),
    }
}

pub fn matches(candidate: &str, stored_digest: &str) -> bool {
    let d = hex::encode(Sha256::digest(candidate.as_bytes()));
    constant_time_eq::constant_time_eq(d.as_bytes(), stored_digest.as_bytes())
}
