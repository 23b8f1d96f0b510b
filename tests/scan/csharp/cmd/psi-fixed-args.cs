            var psi = new ProcessStartInfo
            {
                FileName = "dotnet",
                Arguments = "--list-sdks",   // ok: CWE-78
                RedirectStandardOutput = true,
            };
