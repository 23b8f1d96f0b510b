#[cfg(test)]
mod tests {
    use rand::{rngs::StdRng, SeedableRng, Rng};

    #[test]
    fn shuffles_deterministically() {
        let mut rng = StdRng::seed_from_u64(42); // expect: CWE-330
        let v: Vec<u8> = (0..4).map(|_| rng.gen()).collect();
        assert_eq!(v.len(), 4);
    }
}
