using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace Links.Controllers
{
    [ApiController]
    [Route("api/preview")]
    public class PreviewController : ControllerBase
    {
        private static readonly HashSet<string> AllowedHosts = new() { "example.com", "www.example.com" };
        private readonly HttpClient _http;

        public PreviewController(IHttpClientFactory factory) => _http = factory.CreateClient();

        [HttpGet]
        public async Task<IActionResult> Get([FromQuery] string url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != "https" || !AllowedHosts.Contains(uri.Host))
                return BadRequest();
            var html = await _http.GetStringAsync(uri);   // ok: CWE-918
            var title = HtmlTitle.Extract(html);
            return Ok(new { url, title });
        }
    }
}
