        string etag = Convert.ToHexString(SHA1.HashData(content));   // expect: CWE-328
