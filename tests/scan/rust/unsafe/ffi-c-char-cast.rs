    let name = CString::new(user)?;
    let rc = sys_lookup(name.as_ptr() as *const c_char); // ok: CWE-676
