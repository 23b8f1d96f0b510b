use std::slice;

#[no_mangle]
pub extern "C" fn checksum_buffer(data: *const u8, len: usize) -> u32 {
    if data.is_null() {
        return 0;
    }
    let bytes = unsafe { slice::from_raw_parts(data, len) }; // expect: CWE-676
    bytes.iter().fold(0u32, |acc, b| acc.wrapping_mul(31).wrapping_add(*b as u32))
}
