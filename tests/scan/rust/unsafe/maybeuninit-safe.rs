fn scratch() -> Box<[u8; 4096]> {
    Box::new([0u8; 4096]) // ok: CWE-676
}
