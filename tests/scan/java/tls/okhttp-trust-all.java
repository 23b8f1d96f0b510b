        builder.hostnameVerifier((host, sess) -> true);   // expect: CWE-295
