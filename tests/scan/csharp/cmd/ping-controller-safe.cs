using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc;

namespace NetTools.Controllers
{
    public class DiagnosticsController : Controller
    {
        [HttpGet]
        public IActionResult Ping(string host)
        {
            if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
                return BadRequest();
            var psi = new ProcessStartInfo("ping") { RedirectStandardOutput = true, UseShellExecute = false };
            psi.ArgumentList.Add("-n");
            psi.ArgumentList.Add("2");
            psi.ArgumentList.Add(host);   // ok: CWE-78
            using var p = Process.Start(psi);
            string output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return Content(output, "text/plain");
        }
    }
}
