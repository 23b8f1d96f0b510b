            var ds = new DirectorySearcher(entry, $"(mail={email})");   // expect: CWE-90
