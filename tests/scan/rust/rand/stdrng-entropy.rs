use rand::{rngs::StdRng, Rng, SeedableRng};

pub fn api_key_for(_account: &Account) -> String {
    let mut rng = StdRng::from_entropy(); // ok: CWE-338
    let key: [u8; 32] = rng.gen();
    base64::encode(key)
}
