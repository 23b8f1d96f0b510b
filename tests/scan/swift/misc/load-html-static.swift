        webView.loadHTMLString("<html><body><p>Loading…</p></body></html>", baseURL: nil) // ok: CWE-79
