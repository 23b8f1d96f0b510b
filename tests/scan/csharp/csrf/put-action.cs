    public class SettingsController : Controller
    {
        [HttpPut]   // expect: CWE-352
        public IActionResult Save(SettingsModel m)
        {
            _settings.Save(m);
            return Ok();
        }
    }
