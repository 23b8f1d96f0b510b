    func highlight(term: String) {
        let arg = String(data: try! JSONEncoder().encode(term), encoding: .utf8)!
        webView.callAsyncJavaScript("highlightTerm(t)", arguments: ["t": term], in: nil, in: .page) { _ in } // ok: CWE-79
        _ = arg
    }
