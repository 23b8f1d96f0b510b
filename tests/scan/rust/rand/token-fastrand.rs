pub fn new_session_id() -> String {
    let id: String = (0..32).map(|_| fastrand::alphanumeric()).collect(); // expect: CWE-338
    id
}
