suspend fun exchangeRates(client: HttpClient): String =
    client.get("https://api.example.com/rates").bodyAsText() // ok: CWE-918
