fn hash_password(pw: &str) -> String {
    format!("{:x}", md5::compute(pw)) // expect: CWE-916
}
