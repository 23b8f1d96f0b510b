use sha1::{Digest, Sha1};
use std::io::{BufReader, Read};

pub fn file_sha1(f: std::fs::File) -> std::io::Result<String> {
    let mut reader = BufReader::new(f);
    let mut hasher = Sha1::new(); // expect: CWE-328
    let mut buf = [0u8; 8192];
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex::encode(hasher.finalize()))
}
