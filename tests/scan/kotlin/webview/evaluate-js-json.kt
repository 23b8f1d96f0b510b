fun pushSearch(web: WebView, query: String) {
    val arg = JSONObject.quote(query)
    web.evaluateJavascript("window.app.search($arg)", null) // ok: CWE-79
}
