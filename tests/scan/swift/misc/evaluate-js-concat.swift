        webView.evaluateJavaScript("renderNote(\"" + note.text + "\")", completionHandler: nil) // expect: CWE-79
