        byte[] salt = RandomNumberGenerator.GetBytes(16);   // ok: CWE-338
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, 310000, HashAlgorithmName.SHA256, 32);
