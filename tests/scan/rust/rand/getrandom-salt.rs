fn make_salt() -> [u8; 16] {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt).expect("no entropy"); // ok: CWE-338
    salt
}
