using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Notifications
{
    public class WebhookSender
    {
        private readonly HttpClient _http;
        private readonly ITenantSettings _settings;

        public WebhookSender(HttpClient http, ITenantSettings settings)
        {
            _http = http;
            _settings = settings;
        }

        public async Task NotifyAsync(int tenantId, object payload)
        {
            var webhookUrl = await _settings.GetAsync(tenantId, "webhook_url");
            if (string.IsNullOrEmpty(webhookUrl)) return;
            using var resp = await _http.PostAsJsonAsync(webhookUrl, payload);   // expect: CWE-918
            resp.EnsureSuccessStatusCode();
        }
    }
}
