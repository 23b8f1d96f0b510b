    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);                 // expect: CWE-295
    request.setSslConfiguration(conf);
