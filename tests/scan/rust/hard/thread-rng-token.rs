pub fn csrf_token() -> String {
    let bytes: [u8; 32] = rand::thread_rng().gen(); // ok: CWE-338
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}
