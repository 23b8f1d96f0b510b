using System;
using System.Security.Cryptography;
using System.Text;

namespace Legacy.Security
{
    public static class PasswordHelper
    {
        public static string Hash(string password)
        {
            using var md5 = MD5.Create();   // expect: CWE-328
            var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(password));   // expect: CWE-916
            return Convert.ToHexString(bytes);
        }

        public static bool Verify(string password, string stored) =>
            string.Equals(Hash(password), stored, StringComparison.OrdinalIgnoreCase);
    }
}
