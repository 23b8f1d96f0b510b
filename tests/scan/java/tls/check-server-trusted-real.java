            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                defaultTm.checkServerTrusted(chain, authType);   // ok: CWE-295
                pinCheck(chain[0]);
            }
