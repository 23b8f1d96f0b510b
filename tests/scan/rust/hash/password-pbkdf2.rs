use pbkdf2::pbkdf2_hmac;
use sha2::Sha256;

pub fn derive(password: &str, salt: &[u8; 16]) -> [u8; 32] {
    let mut out = [0u8; 32];
    pbkdf2_hmac::<Sha256>(password.as_bytes(), salt, 600_000, &mut out); // ok: CWE-916
    out
}
