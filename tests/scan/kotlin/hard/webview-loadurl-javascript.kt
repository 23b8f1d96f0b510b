fun showGreeting(web: WebView, name: String) {
    web.loadUrl("javascript:showGreeting('$name')") // expect: CWE-79
}
