    webView.loadFileURL(Bundle.main.url(forResource: "help", withExtension: "html")!, allowingReadAccessTo: Bundle.main.bundleURL) // ok: CWE-79
