    public string CreateOtp(Guid userId)
    {
        var code = RandomNumberGenerator.GetInt32(100000, 1000000).ToString();   // ok: CWE-338
        _cache.Set($"otp:{userId}", code, TimeSpan.FromMinutes(5));
        return code;
    }
