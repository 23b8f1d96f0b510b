    let template = try String(contentsOf: Bundle.main.url(forResource: "comment", withExtension: "html")!)
    let page = template.replacingOccurrences(of: "{{comment}}", with: comment)
    webView.loadHTMLString(page, baseURL: nil) // expect: CWE-79
