class HelpActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val web = WebView(this)
        setContentView(web)
        val body = intent.getStringExtra("html") ?: ""
        web.loadData("<html><body>$body</body></html>", "text/html", "UTF-8") // expect: CWE-79
    }
}
