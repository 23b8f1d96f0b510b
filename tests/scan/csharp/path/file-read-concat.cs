        var bytes = File.ReadAllBytes(@"C:\reports\" + reportName + ".pdf");   // expect: CWE-22
