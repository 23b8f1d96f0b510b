use aes_gcm::{aead::{Aead, KeyInit}, Aes256Gcm, Key, Nonce};

pub fn encrypt_field(plain: &[u8], nonce: &[u8; 12]) -> Vec<u8> {
    let key = Key::<Aes256Gcm>::from_slice(b"an example very very secret key."); // expect: CWE-798
    let cipher = Aes256Gcm::new(key);
    cipher.encrypt(Nonce::from_slice(nonce), plain).expect("encrypt")
}
