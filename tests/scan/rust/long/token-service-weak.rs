use rand::{distributions::Alphanumeric, rngs::SmallRng, Rng, SeedableRng};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub struct ResetToken {
    pub token: String,
    pub expires: SystemTime,
}

/// A password-reset token for the email link.
pub fn new_reset_token(user_id: u64) -> ResetToken {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    let mut rng = SmallRng::seed_from_u64(now ^ user_id); // expect: CWE-338
    let token: String = (&mut rng)
        .sample_iter(&Alphanumeric)
        .take(32)
        .map(char::from)
        .collect();
    ResetToken {
        token,
        expires: SystemTime::now() + Duration::from_secs(30 * 60),
    }
}

pub fn is_expired(t: &ResetToken) -> bool {
    SystemTime::now() > t.expires
}
