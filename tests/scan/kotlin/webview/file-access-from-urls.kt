fun configure(web: WebView) {
    web.settings.javaScriptEnabled = true
    web.settings.allowUniversalAccessFromFileURLs = true // expect: CWE-749
    web.loadUrl("file:///android_asset/index.html")
}
