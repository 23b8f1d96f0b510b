    let status = CCCryptorCreate(CCOperation(kCCEncrypt), CCAlgorithm(kCCAlgorithmRC4), 0, // expect: CWE-327
                                 keyBytes, key.count, nil, &cryptor)
