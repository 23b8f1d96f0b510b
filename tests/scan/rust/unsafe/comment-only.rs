// This used to call `unsafe { mem::transmute(x) }`; replaced with from_le_bytes.
let n = u64::from_le_bytes(raw); // ok: CWE-676
