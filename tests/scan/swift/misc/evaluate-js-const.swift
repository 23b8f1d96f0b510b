        webView.evaluateJavaScript("document.body.style.zoom = '1.2'") // ok: CWE-79
