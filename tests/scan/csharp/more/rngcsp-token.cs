        var bytes = new byte[32];
        using (var rng = new RNGCryptoServiceProvider())   // ok: CWE-338
        {
            rng.GetBytes(bytes);
        }
        var resetToken = Convert.ToBase64String(bytes);
