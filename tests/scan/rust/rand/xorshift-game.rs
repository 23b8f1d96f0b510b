use rand_xorshift::XorShiftRng;
use rand::SeedableRng;

pub struct World {
    rng: XorShiftRng,
}

impl World {
    pub fn new(seed: u64) -> Self {
        World { rng: XorShiftRng::seed_from_u64(seed) } // expect: CWE-330
    }
}
