    let key = format!("{:x}", md5::compute(url.as_bytes())); // expect: CWE-328
