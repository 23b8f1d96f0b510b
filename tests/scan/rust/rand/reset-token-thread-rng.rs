use rand::{distributions::Alphanumeric, Rng};

/// The 32-character token emailed in a password-reset link.
pub fn generate_reset_token() -> String {
    rand::thread_rng() // ok: CWE-338
        .sample_iter(&Alphanumeric)
        .take(32)
        .map(char::from)
        .collect()
}
