using System.IO;
using System.Xml;

namespace Billing.Import
{
    public class InvoiceImporter
    {
        public Invoice Parse(Stream upload)
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };   // ok: CWE-611
            var doc = new XmlDocument { XmlResolver = null };
            using (var reader = XmlReader.Create(upload, settings))
            {
                doc.Load(reader);
            }

            var ns = new XmlNamespaceManager(doc.NameTable);
            ns.AddNamespace("inv", "urn:example:invoice:1");
            var inv = new Invoice
            {
                Number = doc.SelectSingleNode("/inv:Invoice/inv:Number", ns)?.InnerText,
                Customer = doc.SelectSingleNode("/inv:Invoice/inv:Customer", ns)?.InnerText,
            };
            foreach (XmlNode line in doc.SelectNodes("/inv:Invoice/inv:Line", ns)!)
            {
                inv.Lines.Add(new InvoiceLine(line["inv:Sku"]!.InnerText, decimal.Parse(line["inv:Amount"]!.InnerText)));
            }
            return inv;
        }
    }
}
