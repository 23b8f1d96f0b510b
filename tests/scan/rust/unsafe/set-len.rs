use std::io::Read;

pub fn read_exact_fast<R: Read>(r: &mut R, n: usize) -> std::io::Result<Vec<u8>> {
    let mut buf: Vec<u8> = Vec::with_capacity(n);
    unsafe {           // expect: CWE-676
        buf.set_len(n); // expect: CWE-676
    }
    r.read_exact(&mut buf)?;
    Ok(buf)
}
