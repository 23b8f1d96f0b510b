class LoggingTrustManager(private val delegate: X509TrustManager) : X509TrustManager by delegate {
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) { // ok: CWE-295
        log.debug("checking {}", chain.firstOrNull()?.subjectX500Principal)
        delegate.checkServerTrusted(chain, authType)
    }
}
