    let mut addr: libc::sockaddr_in = unsafe { mem::zeroed() }; // expect: CWE-676
    addr.sin_family = libc::AF_INET as u16;
