        var path = Path.GetTempFileName();   // ok: CWE-377
        File.WriteAllText(path, csv);
