        var psi = new ProcessStartInfo("git");
        foreach (var a in new[] { "clone", "--", repoUrl, targetDir }) psi.ArgumentList.Add(a);
        var p = Process.Start(psi);   // ok: CWE-78
        p.WaitForExit();
