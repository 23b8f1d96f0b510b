using System.IO;
using System.Xml;

namespace Billing.Import
{
    public class InvoiceImporter
    {
        public Invoice Parse(Stream upload)
        {
            var doc = new XmlDocument();
            doc.XmlResolver = new XmlUrlResolver();   // expect: CWE-611
            doc.Load(upload);

            var ns = new XmlNamespaceManager(doc.NameTable);
            ns.AddNamespace("inv", "urn:example:invoice:1");
            var inv = new Invoice
            {
                Number = doc.SelectSingleNode("/inv:Invoice/inv:Number", ns)?.InnerText,   // ok: CWE-643
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
