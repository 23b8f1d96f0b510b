    [IgnoreAntiforgeryToken]
    public class WebhookController : Controller
    {
        [HttpPost]   // ok: CWE-352
        public IActionResult Receive([FromBody] JsonElement payload)
        {
            _queue.Enqueue(payload);
            return Ok();
        }
    }
