        byte[] salt = new byte[16];
        new Random().NextBytes(salt);   // expect: CWE-338
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, 310000, HashAlgorithmName.SHA256, 32);
