    public static string InvoiceTotal(byte[] xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };   // expect: CWE-611
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        var doc = new XmlDocument();
        doc.Load(reader);
        return doc.SelectSingleNode("//total")?.InnerText ?? "";
    }
