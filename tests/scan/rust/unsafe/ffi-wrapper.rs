use libc::{c_int, size_t};

extern "C" {
    fn compress_block(src: *const u8, src_len: size_t, dst: *mut u8, dst_cap: size_t) -> c_int;
}

pub fn compress(input: &[u8]) -> Result<Vec<u8>, i32> {
    let cap = input.len() + input.len() / 8 + 64;
    let mut out = Vec::with_capacity(cap);
    let rc = unsafe {   // expect: CWE-676
        compress_block(input.as_ptr(), input.len(), out.as_mut_ptr(), cap)
    };
    if rc < 0 {
        return Err(rc);
    }
    unsafe { out.set_len(rc as usize) }; // expect: CWE-676
    Ok(out)
}
