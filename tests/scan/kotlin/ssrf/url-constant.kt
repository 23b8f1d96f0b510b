fun health(): Boolean = URL("https://status.example.com/health").readText() == "ok" // ok: CWE-918
