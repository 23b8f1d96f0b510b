        var p = Process.Start("git", $"clone {repoUrl} {targetDir}");   // expect: CWE-78
        p.WaitForExit();
