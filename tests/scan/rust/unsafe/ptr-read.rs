    let value: Header = unsafe { std::ptr::read(bytes.as_ptr() as *const Header) }; // expect: CWE-676
