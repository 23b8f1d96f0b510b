    // request id for tracing, and the session key
    boost::uuids::random_generator gen;                             // ok: CWE-338
    session->id = boost::uuids::to_string(gen());
