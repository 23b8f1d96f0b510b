fn scratch() -> [u8; 4096] {
    unsafe { std::mem::uninitialized() } // expect: CWE-676
}
