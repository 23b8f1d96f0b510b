        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef");   // expect: CWE-798
        aes.GenerateIV();
