use rand::rngs::SmallRng;
use rand::{distributions::Alphanumeric, Rng, SeedableRng};

/// The 32-character token emailed in a password-reset link.
pub fn generate_reset_token() -> String {
    let mut rng = SmallRng::from_entropy(); // expect: CWE-338
    (0..32)
        .map(|_| rng.sample(Alphanumeric) as char)
        .collect()
}
