        Process.Start(new ProcessStartInfo("https://docs.example.com/help") { UseShellExecute = true });   // ok: CWE-78
