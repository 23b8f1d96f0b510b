            var startInfo = new ProcessStartInfo();
            startInfo.FileName = "ffmpeg";
            startInfo.Arguments = $"-i \"{inputFile}\" -vf scale=640:-1 \"{outputFile}\"";   // expect: CWE-78
            Process.Start(startInfo).WaitForExit();
