using System.Net;
using System.Net.Http;

namespace Integrations
{
    public static class HttpFactory
    {
        public static HttpClient CreateInsecure()
        {
            var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) => true   // expect: CWE-295
            };
            return new HttpClient(handler);
        }

        public static void TrustEverythingGlobally()
        {
            ServicePointManager.ServerCertificateValidationCallback += (sender, cert, chain, sslPolicyErrors) => true;   // expect: CWE-295
        }
    }
}
