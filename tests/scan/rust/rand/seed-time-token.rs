use rand::{rngs::StdRng, Rng, SeedableRng};
use std::time::{SystemTime, UNIX_EPOCH};

pub fn api_key_for(account: &Account) -> String {
    let seed = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64;
    let mut rng = StdRng::seed_from_u64(seed ^ account.id); // expect: CWE-338
    let mut key = [0u8; 32];
    rng.fill(&mut key);
    base64::encode(key)
}
