        conn.setHostnameVerifier(new HostnameVerifier() {
            @Override
            public boolean verify(String hostname, SSLSession session) {
                return "internal.example.com".equals(hostname)
                        && HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session);   // ok: CWE-295
            }
        });
