use des::cipher::{BlockEncrypt, KeyInit};
use des::Des;

fn enc_block(key: &[u8; 8], block: &mut [u8; 8]) {
    let c = Des::new_from_slice(key).unwrap(); // expect: CWE-327
    c.encrypt_block(block.into());
}
