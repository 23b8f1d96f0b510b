    _ = CC_SHA1(bytes.baseAddress, CC_LONG(bytes.count), &hash) // expect: CWE-328
