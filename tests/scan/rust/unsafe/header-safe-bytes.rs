#[derive(Debug, Clone, Copy)]
pub struct PacketHeader {
    pub magic: u32,
    pub version: u32,
    pub length: u32,
    pub checksum: u32,
}

fn word(buf: &[u8], at: usize) -> u32 {
    u32::from_ne_bytes(buf[at..at + 4].try_into().unwrap())
}

/// Parses the 16-byte header of a ticket packet; bounds are checked by slicing.
pub fn read_header(buf: &[u8]) -> Option<PacketHeader> {
    if buf.len() < 16 {
        return None;
    }
    Some(PacketHeader {   // ok: CWE-676
        magic: word(buf, 0),
        version: word(buf, 4),
        length: word(buf, 8),
        checksum: word(buf, 12),
    })
}

#[test]
fn parses_native_order() {
    let mut b = [0u8; 16];
    b[..4].copy_from_slice(&7u32.to_ne_bytes());
    assert_eq!(read_header(&b).unwrap().magic, 7);
}
