object Config {
    const val API_KEY = "sk_live_51HcQeKJ2mQ8fTz3Lx9" // expect: CWE-798
    const val BASE_URL = "https://api.example.com"
}
