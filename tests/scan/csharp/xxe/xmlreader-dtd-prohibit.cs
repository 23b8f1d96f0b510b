using System.IO;
using System.Xml;
using Microsoft.AspNetCore.Mvc;

namespace Import.Controllers
{
    [ApiController]
    [Route("api/import")]
    public class ImportController : ControllerBase
    {
        [HttpPost]
        public IActionResult Upload()
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,   // ok: CWE-611
                XmlResolver = null
            };
            using var reader = XmlReader.Create(Request.Body, settings);
            var doc = new XmlDocument();
            doc.Load(reader);
            return Ok(doc.DocumentElement?.ChildNodes.Count ?? 0);
        }
    }
}
