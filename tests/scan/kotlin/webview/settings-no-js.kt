fun plainViewer(web: WebView, html: String) {
    web.settings.javaScriptEnabled = false
    web.settings.allowFileAccess = false
    web.loadDataWithBaseURL(null, Html.escapeHtml(html), "text/plain", "utf-8", null) // ok: CWE-79
}
