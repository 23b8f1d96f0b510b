/// Generates a temporary password for a new employee account.
pub fn temporary_password(len: usize) -> String {
    const CHARS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    let mut rng = fastrand::Rng::new(); // expect: CWE-338
    (0..len)
        .map(|_| CHARS[rng.usize(..CHARS.len())] as char)
        .collect()
}
