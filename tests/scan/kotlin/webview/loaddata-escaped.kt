class HelpActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val web = WebView(this)
        setContentView(web)
        val body = intent.getStringExtra("text") ?: ""
        web.loadData("<html><body>${TextUtils.htmlEncode(body)}</body></html>", "text/html", "UTF-8") // ok: CWE-79
    }
}
