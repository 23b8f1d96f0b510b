use rand_pcg::Pcg64;
use rand::{RngCore, SeedableRng};

fn make_salt(user_id: u64) -> [u8; 16] {
    let mut rng = Pcg64::seed_from_u64(user_id); // expect: CWE-338
    let mut salt = [0u8; 16];
    rng.fill_bytes(&mut salt);
    salt
}
