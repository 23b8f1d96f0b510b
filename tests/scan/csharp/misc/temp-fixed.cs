        var path = Path.Combine(Path.GetTempPath(), "export.csv");   // expect: CWE-377
        File.WriteAllText(path, csv);
