            using (var provider = new MD5CryptoServiceProvider())   // expect: CWE-328
            {
                checksum = BitConverter.ToString(provider.ComputeHash(stream)).Replace("-", "");
            }
