        webView.loadHTMLString("<h1>\(book.title)</h1><div>\(book.review)</div>", baseURL: nil) // expect: CWE-79
