use std::str;

fn badge(rec: &[u8], off: usize, n: usize) -> &str {
    unsafe {   // expect: CWE-676
        str::from_utf8_unchecked(&rec[off..off + n]) // expect: CWE-676
    }
}
