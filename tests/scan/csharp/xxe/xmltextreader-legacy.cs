        XmlTextReader reader = new XmlTextReader(stream);   // expect: CWE-611
        while (reader.Read()) { Handle(reader); }
