use openssl::symm::{encrypt, decrypt, Cipher};

pub fn encrypt_field(key: &[u8], account_no: &str) -> Result<Vec<u8>, openssl::error::ErrorStack> {
    encrypt(Cipher::des_ecb(), key, None, account_no.as_bytes()) // expect: CWE-327
}

pub fn decrypt_field(key: &[u8], data: &[u8]) -> Result<String, openssl::error::ErrorStack> {
    let plain = decrypt(Cipher::des_ecb(), key, None, data)?; // expect: CWE-327
    Ok(String::from_utf8_lossy(&plain).into_owned())
}
