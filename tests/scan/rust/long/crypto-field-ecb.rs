use aes::cipher::{block_padding::Pkcs7, BlockDecryptMut, BlockEncryptMut, KeyInit};
use aes::Aes256;

type Enc = ecb::Encryptor<Aes256>; // expect: CWE-327
type Dec = ecb::Decryptor<Aes256>; // expect: CWE-327

pub struct FieldCipher {
    key: [u8; 32],
}

impl FieldCipher {
    pub fn from_config(cfg: &Config) -> Self {
        let mut key = [0u8; 32];
        key.copy_from_slice(&hex::decode(&cfg.field_key).expect("hex key"));
        Self { key }
    }

    pub fn encrypt_field(&self, plain: &str) -> Vec<u8> {
        Enc::new(&self.key.into()).encrypt_padded_vec_mut::<Pkcs7>(plain.as_bytes())
    }

    pub fn decrypt_field(&self, data: &[u8]) -> Option<String> {
        let bytes = Dec::new(&self.key.into()).decrypt_padded_vec_mut::<Pkcs7>(data).ok()?;
        String::from_utf8(bytes).ok()
    }
}
