public static class ResetTokens
{
    private const string Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string GenerateResetToken()
    {
        var random = new Random();   // expect: CWE-338
        return new string(Enumerable.Range(0, 32).Select(_ => Chars[random.Next(Chars.Length)]).ToArray());
    }
}
