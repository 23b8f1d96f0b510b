use rc4::{KeyInit, Rc4, StreamCipher};

fn scramble(key: &[u8; 16], buf: &mut [u8]) {
    let mut rc4 = Rc4::new(key.into()); // expect: CWE-327
    rc4.apply_keystream(buf);
}
