using System;
using Microsoft.Extensions.Caching.Memory;

namespace Accounts
{
    public class VerificationCodeService
    {
        private readonly IMemoryCache _cache;
        private readonly ISmsSender _sms;

        public VerificationCodeService(IMemoryCache cache, ISmsSender sms)
        {
            _cache = cache;
            _sms = sms;
        }

        public void Send(string phone)
        {
            var rnd = new Random();   // expect: CWE-338
            string verificationCode = rnd.Next(0, 1_000_000).ToString("D6");
            _cache.Set("verify:" + phone, verificationCode, TimeSpan.FromMinutes(10));
            _sms.Send(phone, $"Your code is {verificationCode}");
        }

        public bool Check(string phone, string code) =>
            _cache.TryGetValue("verify:" + phone, out string? expected) && expected == code;
    }
}
