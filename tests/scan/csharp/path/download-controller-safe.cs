using System.IO;
using Microsoft.AspNetCore.Mvc;

namespace Files.Controllers
{
    public class DownloadController : Controller
    {
        private readonly string _root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "uploads"));

        [HttpGet]
        public IActionResult Get(string file)
        {
            var path = Path.GetFullPath(Path.Combine(_root, file));   // ok: CWE-22
            if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return BadRequest();
            if (!System.IO.File.Exists(path))
                return NotFound();
            return PhysicalFile(path, "application/octet-stream");
        }
    }
}
