use md5::{Md5, Digest};

fn etag(body: &[u8]) -> String {
    let mut h = Md5::new(); // expect: CWE-328
    h.update(body);
    format!("\"{:x}\"", h.finalize())
}
