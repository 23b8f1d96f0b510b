use aes_gcm::aead::{Aead, KeyInit, OsRng, AeadCore};
use aes_gcm::{Aes256Gcm, Key, Nonce};

pub fn encrypt_field(key: &[u8; 32], account_no: &str) -> Vec<u8> {
    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key)); // ok: CWE-327
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = nonce.to_vec();
    out.extend(cipher.encrypt(&nonce, account_no.as_bytes()).expect("encrypt"));
    out
}

pub fn decrypt_field(key: &[u8; 32], data: &[u8]) -> Option<String> {
    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key));
    let (nonce, ct) = data.split_at(12);
    let plain = cipher.decrypt(Nonce::from_slice(nonce), ct).ok()?;
    String::from_utf8(plain).ok()
}
