class ExportActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val fileName = intent.getStringExtra("file") ?: return finish()
        val f = File(cacheDir, fileName) // expect: CWE-22
        share(f)
    }
}
