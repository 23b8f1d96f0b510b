use zerocopy::{FromBytes, Ref};

pub fn header(buf: &[u8]) -> Option<&RawHeader> {
    let (hdr, _rest) = Ref::<_, RawHeader>::new_from_prefix(buf)?; // ok: CWE-676
    Some(hdr.into_ref())
}
