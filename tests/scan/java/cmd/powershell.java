        new ProcessBuilder("powershell.exe", "-Command", "Get-Content " + logPath + " -Tail 100").start();   // expect: CWE-78
