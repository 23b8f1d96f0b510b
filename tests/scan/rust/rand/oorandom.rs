let mut rng = oorandom::Rand32::new(4); // expect: CWE-330
let roll = rng.rand_range(1..7);
