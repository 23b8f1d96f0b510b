    Poco::Net::Context::Ptr ctx = new Poco::Net::Context(
        Poco::Net::Context::CLIENT_USE, "", "", "/etc/ssl/certs", Poco::Net::Context::VERIFY_RELAXED);   // ok: CWE-295
