using System.Net.Http;
using System.Net.Security;

namespace Integrations
{
    public static class HttpFactory
    {
        private const string Thumbprint = "A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0";

        public static HttpClient CreatePinned()
        {
            var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) =>   // ok: CWE-295
                    errors == SslPolicyErrors.None && cert?.GetCertHashString() == Thumbprint
            };
            return new HttpClient(handler);
        }
    }
}
