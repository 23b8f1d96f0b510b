        using var aes = Aes.Create();
        aes.Key = Convert.FromBase64String(_config["Encryption:Key"]!);   // ok: CWE-798
        aes.GenerateIV();
