            var tdes = new TripleDESCryptoServiceProvider { Key = key, Mode = CipherMode.CBC };   // expect: CWE-327
