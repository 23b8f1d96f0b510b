    let fingerprint = Insecure.SHA1.hash(data: certData) // expect: CWE-328
