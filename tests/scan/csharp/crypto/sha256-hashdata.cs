        string etag = Convert.ToHexString(SHA256.HashData(content));   // ok: CWE-328
