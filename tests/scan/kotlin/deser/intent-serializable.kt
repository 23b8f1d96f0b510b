override fun onCreate(savedInstanceState: Bundle?) {
    super.onCreate(savedInstanceState)
    val payload = intent.getSerializableExtra("payload") as? Cart // expect: CWE-502
    render(payload)
}
