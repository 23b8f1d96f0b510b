use rand::{rngs::SmallRng, Rng, SeedableRng};

/// Jitter for the retry loop; reproducible in tests.
fn backoff_jitter(attempt: u32) -> std::time::Duration {
    let mut rng = SmallRng::seed_from_u64(attempt as u64); // expect: CWE-330
    let ms = 100 * 2u64.pow(attempt) + rng.gen_range(0..50);
    std::time::Duration::from_millis(ms)
}
