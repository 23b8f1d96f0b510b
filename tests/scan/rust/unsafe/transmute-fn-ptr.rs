type Handler = extern "C" fn(i32) -> i32;

pub fn load_symbol(lib: &libloading::Library, name: &[u8]) -> Handler {
    let sym: libloading::Symbol<*const ()> = unsafe { lib.get(name).expect("symbol") }; // expect: CWE-676
    unsafe { std::mem::transmute(*sym) } // expect: CWE-676
}
