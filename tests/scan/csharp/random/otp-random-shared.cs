    public string CreateOtp(Guid userId)
    {
        var code = Random.Shared.Next(100000, 999999).ToString();   // expect: CWE-338
        _cache.Set($"otp:{userId}", code, TimeSpan.FromMinutes(5));
        return code;
    }
