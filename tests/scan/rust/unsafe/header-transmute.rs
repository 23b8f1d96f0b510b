pub fn parse_header(raw: [u8; 16]) -> Header {
    unsafe { std::mem::transmute::<[u8; 16], Header>(raw) } // expect: CWE-676
}
