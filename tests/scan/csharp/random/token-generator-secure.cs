using System;
using System.Security.Cryptography;
using System.Text;

namespace Shop.Auth
{
    public static class TokenGenerator
    {
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

        public static string NewResetToken(int length = 32)
        {
            var sb = new StringBuilder(length);
            for (int i = 0; i < length; i++)
            {
                sb.Append(Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]);   // ok: CWE-338
            }
            return sb.ToString();
        }

        public static bool IsWellFormed(string token) =>
            !string.IsNullOrEmpty(token) && token.Length >= 20;
    }
}
