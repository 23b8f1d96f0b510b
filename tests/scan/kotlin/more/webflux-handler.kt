@Component
class PreviewHandler(private val webClient: WebClient) {
    suspend fun preview(request: ServerRequest): ServerResponse {
        val target = request.queryParam("url").orElseThrow()
        val body = webClient.get().uri(target).retrieve().awaitBody<String>() // expect: CWE-918
        return ServerResponse.ok().bodyValueAndAwait(mapOf("length" to body.length))
    }
}
