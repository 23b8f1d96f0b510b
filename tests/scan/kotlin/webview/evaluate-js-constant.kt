fun scrollTop(web: WebView) {
    web.evaluateJavascript("window.scrollTo(0, 0)", null) // ok: CWE-79
}
