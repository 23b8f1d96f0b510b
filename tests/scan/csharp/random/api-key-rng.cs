public class ApiKeyService
{
    public string GenerateApiKey()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);   // ok: CWE-338
        return Convert.ToBase64String(bytes);
    }
}
