    let alg = CCAlgorithm(kCCAlgorithm3DES) // expect: CWE-327
