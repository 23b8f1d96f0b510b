        var serializer = new XmlSerializer(typeof(ImportBatch));   // ok: CWE-502
        var batch = (ImportBatch)serializer.Deserialize(Request.Body)!;
