package com.example.billing

import java.net.URL
import java.security.KeyStore
import java.security.cert.CertificateFactory
import javax.net.ssl.HttpsURLConnection
import javax.net.ssl.SSLContext
import javax.net.ssl.TrustManagerFactory

object BillingClient {
    private val sslContext: SSLContext by lazy {
        val cert = CertificateFactory.getInstance("X.509")
            .generateCertificate(javaClass.getResourceAsStream("/billing-ca.pem"))
        val ks = KeyStore.getInstance(KeyStore.getDefaultType()).apply {
            load(null, null)
            setCertificateEntry("billing", cert)
        }
        val tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm()).apply { init(ks) }
        SSLContext.getInstance("TLS").apply { init(null, tmf.trustManagers, null) } // ok: CWE-295
    }

    fun postInvoice(json: String): Int {
        val conn = URL("https://billing.internal:8443/api").openConnection() as HttpsURLConnection
        conn.sslSocketFactory = sslContext.socketFactory
        conn.requestMethod = "POST"
        conn.doOutput = true
        conn.setRequestProperty("Content-Type", "application/json")
        conn.outputStream.use { it.write(json.toByteArray()) }
        return conn.responseCode
    }
}
