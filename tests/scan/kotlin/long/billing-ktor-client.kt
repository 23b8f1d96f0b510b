package com.example.billing

import io.ktor.client.HttpClient
import io.ktor.client.engine.okhttp.OkHttp
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType
import okhttp3.CertificatePinner
import java.util.concurrent.TimeUnit

class BillingApi(private val baseUrl: String = "https://billing.internal:8443/api") {

    private val client = HttpClient(OkHttp) {
        engine {
            config {
                connectTimeout(5, TimeUnit.SECONDS)
                certificatePinner(
                    CertificatePinner.Builder()
                        .add("billing.internal", "sha256/4hw5tz+AHnIo8X1V3vQ7yKJ3Xb2y2U8c0rR1rWc2xk0=") // ok: CWE-295
                        .build()
                )
            }
        }
    }

    suspend fun postInvoice(json: String) = client.post(baseUrl) {
        contentType(ContentType.Application.Json)
        setBody(json)
    }
}
