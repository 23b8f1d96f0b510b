use rand_chacha::ChaCha20Rng;
use rand::{RngCore, SeedableRng};

pub fn derive_key() -> [u8; 32] {
    let mut rng = ChaCha20Rng::from_entropy(); // ok: CWE-338
    let mut key = [0u8; 32];
    rng.fill_bytes(&mut key);
    key
}
