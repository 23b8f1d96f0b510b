use std::io::Read;

pub fn read_exact_fast<R: Read>(r: &mut R, n: usize) -> std::io::Result<Vec<u8>> {
    let mut buf = vec![0u8; n]; // ok: CWE-676
    r.read_exact(&mut buf)?;
    Ok(buf)
}
