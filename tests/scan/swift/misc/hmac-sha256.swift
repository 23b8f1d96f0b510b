    let mac = HMAC<SHA256>.authenticationCode(for: body, using: key) // ok: CWE-328
