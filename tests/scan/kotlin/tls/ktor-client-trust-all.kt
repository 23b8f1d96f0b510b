val client = HttpClient(CIO) {
    engine {
        https {
            trustManager = object : X509TrustManager {
                override fun checkClientTrusted(chain: Array<out X509Certificate>?, authType: String?) {}
                override fun checkServerTrusted(chain: Array<out X509Certificate>?, authType: String?) {} // expect: CWE-295
                override fun getAcceptedIssuers(): Array<X509Certificate>? = null
            }
        }
    }
}
