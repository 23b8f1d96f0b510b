object Config {
    val API_KEY: String = BuildConfig.PAYMENTS_API_KEY // ok: CWE-798
    const val BASE_URL = "https://api.example.com"
}
