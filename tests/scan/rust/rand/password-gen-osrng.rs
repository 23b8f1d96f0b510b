use rand::{rngs::OsRng, seq::SliceRandom};

/// Generates a temporary password for a new employee account.
pub fn temporary_password(len: usize) -> String {
    const CHARS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    (0..len)
        .map(|_| *CHARS.choose(&mut OsRng).unwrap() as char) // ok: CWE-338
        .collect()
}
