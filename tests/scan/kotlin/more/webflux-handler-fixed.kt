@Component
class RatesHandler(private val webClient: WebClient) {
    suspend fun rates(request: ServerRequest): ServerResponse {
        val currency = request.queryParam("cur").orElse("EUR")
        val body = webClient.get().uri("https://rates.example.com/v1/{cur}", currency).retrieve().awaitBody<String>() // ok: CWE-918
        return ServerResponse.ok().bodyValueAndAwait(body)
    }
}
