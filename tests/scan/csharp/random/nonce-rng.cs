        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));   // ok: CWE-338
        context.Response.Headers["Content-Security-Policy"] = $"script-src 'nonce-{nonce}'";
