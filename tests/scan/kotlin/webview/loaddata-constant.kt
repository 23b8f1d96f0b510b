fun showLicense(web: WebView) {
    web.loadData("<html><body><h1>MIT License</h1></body></html>", "text/html", "UTF-8") // ok: CWE-79
}
