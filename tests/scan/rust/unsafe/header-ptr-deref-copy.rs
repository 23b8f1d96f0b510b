pub fn read_header(buf: &[u8]) -> Header {
    assert!(buf.len() >= std::mem::size_of::<Header>());
    unsafe { *(buf.as_ptr() as *const Header) } // expect: CWE-676
}
