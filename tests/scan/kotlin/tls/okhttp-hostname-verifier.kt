val client = OkHttpClient.Builder()
    .sslSocketFactory(ctx.socketFactory, trustManager)
    .hostnameVerifier { _, _ -> true } // expect: CWE-295
    .build()
