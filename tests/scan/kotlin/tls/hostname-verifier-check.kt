HttpsURLConnection.setDefaultHostnameVerifier(object : HostnameVerifier {
    override fun verify(hostname: String?, session: SSLSession?): Boolean = hostname == "billing.internal" // ok: CWE-295
})
