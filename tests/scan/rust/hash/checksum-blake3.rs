pub fn file_digest(data: &[u8]) -> String {
    blake3::hash(data).to_hex().to_string() // ok: CWE-328
}
