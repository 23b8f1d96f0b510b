use rand::rngs::OsRng;
use rand::RngCore;

pub fn new_session_id() -> String {
    let mut bytes = [0u8; 24];
    OsRng.fill_bytes(&mut bytes); // ok: CWE-338
    hex::encode(bytes)
}
