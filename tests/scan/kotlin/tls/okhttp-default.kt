val client = OkHttpClient.Builder()
    .connectTimeout(10, TimeUnit.SECONDS)
    .certificatePinner(CertificatePinner.Builder().add("billing.internal", "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=").build())
    .build()
