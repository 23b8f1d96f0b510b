unsafe fn poke(dst: *mut u32, v: u32) { // expect: CWE-676
    std::ptr::write(dst, v); // expect: CWE-676
}
