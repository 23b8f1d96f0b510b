    public static byte[] Encrypt(byte[] data, byte[] key, byte[] iv)
    {
        using var des = DES.Create();   // expect: CWE-327
        des.Key = key;
        des.IV = iv;
        using var enc = des.CreateEncryptor();
        return enc.TransformFinalBlock(data, 0, data.Length);
    }
