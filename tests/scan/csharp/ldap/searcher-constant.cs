            var ds = new DirectorySearcher(entry, "(objectCategory=computer)");   // ok: CWE-90
