            ServicePointManager.ServerCertificateValidationCallback = delegate { return true; };   // expect: CWE-295
