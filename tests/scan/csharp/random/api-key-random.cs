public class ApiKeyService
{
    private readonly Random _random = new();   // expect: CWE-338

    public string GenerateApiKey()
    {
        var bytes = new byte[32];
        _random.NextBytes(bytes);
        return Convert.ToBase64String(bytes);
    }
}
