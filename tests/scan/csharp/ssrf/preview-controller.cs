using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace Links.Controllers
{
    [ApiController]
    [Route("api/preview")]
    public class PreviewController : ControllerBase
    {
        private readonly HttpClient _http;

        public PreviewController(IHttpClientFactory factory) => _http = factory.CreateClient();

        [HttpGet]
        public async Task<IActionResult> Get([FromQuery] string url)
        {
            var html = await _http.GetStringAsync(url);   // expect: CWE-918
            var title = HtmlTitle.Extract(html);
            return Ok(new { url, title });
        }
    }
}
