    SSL_set_verify(ssl, SSL_VERIFY_NONE, nullptr);                  // expect: CWE-295
