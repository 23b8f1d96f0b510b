public static class ResetTokens
{
    private const string Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string GenerateResetToken() =>
        RandomNumberGenerator.GetString(Chars, 32);   // ok: CWE-338
}
