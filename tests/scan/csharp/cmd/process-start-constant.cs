        Process.Start("notepad.exe", "readme.txt");   // ok: CWE-78
