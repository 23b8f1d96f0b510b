            var ps = new ProcessStartInfo("powershell.exe", "-NoProfile -Command \"Get-Service " + serviceName + "\"")   // expect: CWE-78
            {
                UseShellExecute = false,
                RedirectStandardOutput = true
            };
