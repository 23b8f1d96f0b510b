QString SessionManager::newSessionId() const
{
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);   // ok: CWE-338
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding));
}
