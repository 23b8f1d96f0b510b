    Poco::Net::Context::Ptr ctx = new Poco::Net::Context(
        Poco::Net::Context::CLIENT_USE, "", "", "", Poco::Net::Context::VERIFY_NONE);   // expect: CWE-295
