#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verifies_own_hash() {
        let password = "hunter22-correct-horse"; // ok: CWE-798
        let h = hash_password(password).unwrap();
        assert!(verify_password(password, &h));
    }
}
