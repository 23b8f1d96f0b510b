using System;
using System.IO;
using System.Security.Cryptography;

namespace Backup.Tools
{
    internal static class Checksums
    {
        // Detect changed files between runs; not a security boundary.
        public static string Of(string path)
        {
            using var stream = File.OpenRead(path);
            using var md5 = MD5.Create();   // expect: CWE-328
            return Convert.ToHexString(md5.ComputeHash(stream));
        }

        public static bool Changed(string path, string previous) =>
            !string.Equals(Of(path), previous, StringComparison.OrdinalIgnoreCase);
    }
}
