use bytemuck::{Pod, Zeroable};

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
pub struct Header {
    pub kind: u32,
    pub seq: u32,
    pub len: u32,
    pub crc: u32,
}

pub fn header(bytes: &[u8]) -> Result<&Header, bytemuck::PodCastError> {
    // checked cast: size and alignment are verified, no unsafe code here
    bytemuck::try_from_bytes(&bytes[..16]) // ok: CWE-676
}
