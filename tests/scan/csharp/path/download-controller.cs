using System.IO;
using Microsoft.AspNetCore.Mvc;

namespace Files.Controllers
{
    public class DownloadController : Controller
    {
        private readonly string _root = Path.Combine(AppContext.BaseDirectory, "uploads");

        [HttpGet]
        public IActionResult Get(string file)
        {
            var path = Path.Combine(_root, file);   // expect: CWE-22
            if (!System.IO.File.Exists(path))
                return NotFound();
            return PhysicalFile(path, "application/octet-stream");
        }
    }
}
