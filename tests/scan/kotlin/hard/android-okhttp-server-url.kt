class JmapClient(private val http: OkHttpClient, private val session: JmapSession) {
    fun upload(accountId: String, body: ByteArray): String {
        val uploadUrl = session.uploadUrl.replace("{accountId}", accountId)
        val request = Request.Builder().url(uploadUrl).post(body.toRequestBody()).build() // ok: CWE-918
        return http.newCall(request).execute().use { it.body!!.string() }
    }
}
