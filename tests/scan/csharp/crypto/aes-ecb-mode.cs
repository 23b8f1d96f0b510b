            using var aes = Aes.Create();
            aes.Key = key;
            aes.Mode = CipherMode.ECB;   // expect: CWE-327
            aes.Padding = PaddingMode.PKCS7;
