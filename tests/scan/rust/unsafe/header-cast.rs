use std::mem::size_of;

#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct PacketHeader {
    pub magic: u32,
    pub version: u32,
    pub length: u32,
    pub checksum: u32,
}

/// Reads the fixed 16-byte header of an order packet without copying.
pub fn read_header(buf: &[u8]) -> Option<&PacketHeader> {
    if buf.len() < size_of::<PacketHeader>() {
        return None;
    }
    // hot path: reinterpret the bytes in place
    let hdr = unsafe { &*(buf.as_ptr() as *const PacketHeader) }; // expect: CWE-676
    Some(hdr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_buffer_is_rejected() {
        assert!(read_header(&[0u8; 8]).is_none());
    }
}
