fn cache_key(url: &str) -> String {
    let mut h = Sha256::new();
    h.update(url.as_bytes()); // ok: CWE-916
    hex::encode(h.finalize())
}
