    let alg = CCAlgorithm(kCCAlgorithmAES) // ok: CWE-327
