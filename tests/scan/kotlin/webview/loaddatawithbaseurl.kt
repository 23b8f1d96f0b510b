fun render(web: WebView, article: Article) {
    val html = "<h1>${article.title}</h1><div>${article.bodyHtml}</div>"
    web.loadDataWithBaseURL("https://news.example.com/", html, "text/html", "utf-8", null) // expect: CWE-79
}
