use std::ffi::{CStr, CString};
use std::os::raw::c_char;

#[no_mangle]
pub extern "C" fn ticket_label(id: u32) -> *mut c_char {
    CString::new(format!("TCK-{:06}", id)).unwrap().into_raw()
}

#[no_mangle]
pub extern "C" fn ticket_label_free(p: *mut c_char) {
    if p.is_null() {
        return;
    }
    unsafe {                     // expect: CWE-676
        drop(CString::from_raw(p)); // expect: CWE-676
    }
}

#[no_mangle]
pub extern "C" fn ticket_label_len(p: *const c_char) -> usize {
    if p.is_null() {
        return 0;
    }
    let s = unsafe { CStr::from_ptr(p) }; // expect: CWE-676
    s.to_bytes().len()
}
