Process.Start(new ProcessStartInfo { FileName = "cmd.exe", Arguments = "/c del " + fileName, CreateNoWindow = true });   // expect: CWE-78
