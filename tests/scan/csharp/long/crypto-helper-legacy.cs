using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Legacy.Util
{
    public static class CryptoHelper
    {
        private static readonly byte[] Key = Encoding.ASCII.GetBytes("8bytekey");
        private static readonly byte[] IV = Encoding.ASCII.GetBytes("initvect");

        public static string Encrypt(string plain)
        {
            using var des = new DESCryptoServiceProvider();   // expect: CWE-327
            using var ms = new MemoryStream();
            using (var cs = new CryptoStream(ms, des.CreateEncryptor(Key, IV), CryptoStreamMode.Write))
            using (var sw = new StreamWriter(cs))
            {
                sw.Write(plain);
            }
            return Convert.ToBase64String(ms.ToArray());
        }

        public static string Sign(string data)
        {
            using var sha1 = SHA1.Create();   // expect: CWE-328
            return Convert.ToBase64String(sha1.ComputeHash(Encoding.UTF8.GetBytes(data)));
        }
    }
}
