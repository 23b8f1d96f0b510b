            using var aes = Aes.Create();
            aes.Key = key;
            aes.Mode = CipherMode.CBC;   // ok: CWE-327
            aes.GenerateIV();
