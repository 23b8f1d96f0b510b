using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace NetTools.Controllers
{
    public class DiagnosticsController : Controller
    {
        [HttpGet]
        public IActionResult Ping(string host)
        {
            var psi = new ProcessStartInfo
            {
                FileName = "cmd.exe",
                Arguments = "/c ping -n 2 " + host,   // expect: CWE-78
                RedirectStandardOutput = true,
                UseShellExecute = false
            };
            using var p = Process.Start(psi);
            string output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return Content(output, "text/plain");
        }
    }
}
