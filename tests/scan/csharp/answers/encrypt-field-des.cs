public class FieldProtector
{
    private readonly byte[] _key;

    public FieldProtector(IConfiguration config) => _key = Convert.FromBase64String(config["Crypto:Key"]!);

    public string encrypt_field(string accountNumber)
    {
        using var tdes = TripleDES.Create();   // expect: CWE-327
        tdes.Key = _key;
        tdes.Mode = CipherMode.ECB;   // expect: CWE-327
        var data = Encoding.UTF8.GetBytes(accountNumber);
        return Convert.ToBase64String(tdes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length));
    }

    public string decrypt_field(string stored)
    {
        using var tdes = TripleDES.Create();   // expect: CWE-327
        tdes.Key = _key;
        tdes.Mode = CipherMode.ECB;   // expect: CWE-327
        var data = Convert.FromBase64String(stored);
        return Encoding.UTF8.GetString(tdes.CreateDecryptor().TransformFinalBlock(data, 0, data.Length));
    }
}
