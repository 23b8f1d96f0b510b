    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);                 // ok: CWE-295
    conf.setCaCertificates(QSslCertificate::fromPath(":/certs/internal-ca.pem"));
    request.setSslConfiguration(conf);
