    func highlight(term: String) {
        webView.evaluateJavaScript("highlightTerm('\(term)')") { _, error in // expect: CWE-79
            if let error = error { print(error) }
        }
    }
