    _ = CC_SHA256(bytes.baseAddress, CC_LONG(bytes.count), &hash) // ok: CWE-328
