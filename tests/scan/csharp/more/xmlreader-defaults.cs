        using var reader = XmlReader.Create(stream);   // ok: CWE-611
        var doc = XDocument.Load(reader);
