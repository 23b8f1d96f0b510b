using System;
using System.Security.Cryptography;
using System.Text;

namespace Modern.Util
{
    public static class CryptoHelper
    {
        public static byte[] Encrypt(byte[] key, string plain, out byte[] nonce, out byte[] tag)
        {
            nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);   // ok: CWE-338
            tag = new byte[AesGcm.TagByteSizes.MaxSize];
            var data = Encoding.UTF8.GetBytes(plain);
            var cipher = new byte[data.Length];
            using var aes = new AesGcm(key);   // ok: CWE-327
            aes.Encrypt(nonce, data, cipher, tag);
            return cipher;
        }

        public static string Sign(byte[] key, string data)
        {
            using var hmac = new HMACSHA256(key);
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(data)));   // ok: CWE-328
        }
    }
}
