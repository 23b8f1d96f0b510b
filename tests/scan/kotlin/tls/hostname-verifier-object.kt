HttpsURLConnection.setDefaultHostnameVerifier(object : HostnameVerifier {
    override fun verify(hostname: String?, session: SSLSession?): Boolean = true // expect: CWE-295
})
