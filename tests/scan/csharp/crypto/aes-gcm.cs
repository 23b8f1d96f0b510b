    public static byte[] Encrypt(byte[] data, byte[] key, byte[] nonce, byte[] tag)
    {
        using var aes = new AesGcm(key);   // ok: CWE-327
        var cipher = new byte[data.Length];
        aes.Encrypt(nonce, data, cipher, tag);
        return cipher;
    }
