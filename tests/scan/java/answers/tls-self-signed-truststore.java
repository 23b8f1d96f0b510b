    public int postInvoice(String json, Path caCert) throws Exception {
        KeyStore ts = KeyStore.getInstance(KeyStore.getDefaultType());
        ts.load(null, null);
        try (InputStream in = Files.newInputStream(caCert)) {
            ts.setCertificateEntry("billing", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ts);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);   // ok: CWE-295
        HttpClient client = HttpClient.newBuilder().sslContext(ctx).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://billing.internal:8443/api"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
