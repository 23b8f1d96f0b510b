fun pushSearch(web: WebView, query: String) {
    web.evaluateJavascript("window.app.search('$query')", null) // expect: CWE-79
}
