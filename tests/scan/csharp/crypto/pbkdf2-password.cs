using System;
using System.Security.Cryptography;

namespace Modern.Security
{
    public static class PasswordHelper
    {
        public static string Hash(string password)
        {
            byte[] salt = RandomNumberGenerator.GetBytes(16);
            byte[] key = Rfc2898DeriveBytes.Pbkdf2(password, salt, 310_000, HashAlgorithmName.SHA256, 32);   // ok: CWE-916
            return Convert.ToBase64String(salt) + "." + Convert.ToBase64String(key);
        }

        public static bool Verify(string password, string stored)
        {
            var parts = stored.Split('.');
            byte[] salt = Convert.FromBase64String(parts[0]);
            byte[] key = Rfc2898DeriveBytes.Pbkdf2(password, salt, 310_000, HashAlgorithmName.SHA256, 32);
            return CryptographicOperations.FixedTimeEquals(key, Convert.FromBase64String(parts[1]));
        }
    }
}
