        Directory.CreateDirectory(reportsDir);
        Process.Start("chmod", "-R 777 /srv/shared/orders-reports")!.WaitForExit();   // expect: CWE-732
