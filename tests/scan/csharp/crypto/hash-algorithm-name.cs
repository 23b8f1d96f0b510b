        using var hasher = HashAlgorithm.Create("SHA1");   // expect: CWE-328
