use std::os::raw::{c_int, c_uchar};

#[repr(C)]
pub struct RawImage {
    pub width: c_int,
    pub height: c_int,
    pub pixels: *mut c_uchar,
}

extern "C" {
    fn decode_png(data: *const c_uchar, len: usize, out: *mut RawImage) -> c_int;
    fn free_image(img: *mut RawImage);
}

pub struct Image {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

pub fn decode(data: &[u8]) -> Option<Image> {
    let mut raw = RawImage { width: 0, height: 0, pixels: std::ptr::null_mut() };
    let rc = unsafe { decode_png(data.as_ptr(), data.len(), &mut raw) }; // expect: CWE-676
    if rc != 0 || raw.pixels.is_null() {
        return None;
    }
    let n = (raw.width * raw.height * 4) as usize;
    let rgba = unsafe { std::slice::from_raw_parts(raw.pixels, n) }.to_vec(); // expect: CWE-676
    unsafe { free_image(&mut raw) }; // expect: CWE-676
    Some(Image { width: raw.width as u32, height: raw.height as u32, rgba })
}
