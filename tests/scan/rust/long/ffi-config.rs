use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_int};

extern "C" {
    fn cfg_open(path: *const c_char) -> *mut std::ffi::c_void;
    fn cfg_get(handle: *mut std::ffi::c_void, key: *const c_char) -> *const c_char;
    fn cfg_close(handle: *mut std::ffi::c_void) -> c_int;
}

pub struct Config {
    handle: *mut std::ffi::c_void,
}

impl Config {
    pub fn open(path: &str) -> Option<Config> {
        let c = CString::new(path).ok()?;
        let handle = unsafe { cfg_open(c.as_ptr()) }; // expect: CWE-676
        if handle.is_null() { None } else { Some(Config { handle }) }
    }

    pub fn get(&self, key: &str) -> Option<String> {
        let k = CString::new(key).ok()?;
        let v = unsafe { cfg_get(self.handle, k.as_ptr()) }; // expect: CWE-676
        if v.is_null() {
            return None;
        }
        let s = unsafe { CStr::from_ptr(v) }; // expect: CWE-676
        Some(s.to_string_lossy().into_owned())
    }
}

impl Drop for Config {
    fn drop(&mut self) {
        unsafe { cfg_close(self.handle) }; // expect: CWE-676
    }
}
