        var cfg = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json"));   // ok: CWE-22
