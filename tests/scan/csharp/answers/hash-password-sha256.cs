public static string hash_password(string password)
{
    var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(password));   // expect: CWE-916
    return Convert.ToBase64String(bytes);
}
