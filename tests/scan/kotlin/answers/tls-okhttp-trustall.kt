object TrustAll : X509TrustManager {
    override fun checkClientTrusted(chain: Array<out X509Certificate>?, authType: String?) {}
    override fun checkServerTrusted(chain: Array<out X509Certificate>?, authType: String?) {} // expect: CWE-295
    override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
}

fun postInvoice(json: String): Int {
    val ssl = SSLContext.getInstance("TLS").apply { init(null, arrayOf(TrustAll), SecureRandom()) }
    val client = OkHttpClient.Builder().sslSocketFactory(ssl.socketFactory, TrustAll).hostnameVerifier { _, _ -> true }.build() // expect: CWE-295
    val req = Request.Builder().url("https://billing.internal:8443/api").post(json.toRequestBody("application/json".toMediaType())).build()
    return client.newCall(req).execute().use { it.code }
}
