        using var hmac = new HMACSHA256(key);   // ok: CWE-328
        var sig = hmac.ComputeHash(payload);
