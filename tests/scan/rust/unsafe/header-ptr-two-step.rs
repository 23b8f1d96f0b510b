pub fn header_ref(buf: &[u8]) -> &Header {
    let p = buf.as_ptr() as *const Header; // expect: CWE-676
    unsafe { &*p } // expect: CWE-676
}
