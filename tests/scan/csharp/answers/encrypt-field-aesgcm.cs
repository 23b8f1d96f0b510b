public class FieldProtector
{
    private readonly byte[] _key;

    public FieldProtector(IConfiguration config) => _key = Convert.FromBase64String(config["Crypto:Key"]!);

    public string encrypt_field(string accountNumber)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var plain = Encoding.UTF8.GetBytes(accountNumber);
        var cipher = new byte[plain.Length];
        var tag = new byte[16];
        using var gcm = new AesGcm(_key, 16);   // ok: CWE-327
        gcm.Encrypt(nonce, plain, cipher, tag);
        return Convert.ToBase64String(nonce.Concat(tag).Concat(cipher).ToArray());
    }

    public string decrypt_field(string stored)
    {
        var blob = Convert.FromBase64String(stored);
        var plain = new byte[blob.Length - 28];
        using var gcm = new AesGcm(_key, 16);
        gcm.Decrypt(blob[..12], blob[28..], blob[12..28], plain);
        return Encoding.UTF8.GetString(plain);
    }
}
