using System;
using System.Text;

namespace Shop.Auth
{
    public static class TokenGenerator
    {
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        private static readonly Random Rng = new Random();   // expect: CWE-338

        public static string NewResetToken(int length = 32)
        {
            var sb = new StringBuilder(length);
            for (int i = 0; i < length; i++)
            {
                sb.Append(Alphabet[Rng.Next(Alphabet.Length)]);
            }
            return sb.ToString();
        }

        public static bool IsWellFormed(string token) =>
            !string.IsNullOrEmpty(token) && token.Length >= 20;
    }
}
