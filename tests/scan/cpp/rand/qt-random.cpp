QString SessionManager::newSessionId() const
{
    QString id;
    for (int i = 0; i < 32; ++i)
        id.append(QChar('a' + qrand() % 26));                      // expect: CWE-338
    return id;
}
