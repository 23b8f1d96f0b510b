        var nonce = Convert.ToBase64String(BitConverter.GetBytes(new Random().NextInt64()));   // expect: CWE-338
        context.Response.Headers["Content-Security-Policy"] = $"script-src 'nonce-{nonce}'";
