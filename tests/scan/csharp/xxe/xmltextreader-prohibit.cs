        XmlTextReader reader = new XmlTextReader(stream) { DtdProcessing = DtdProcessing.Prohibit };   // ok: CWE-611
        while (reader.Read()) { Handle(reader); }
