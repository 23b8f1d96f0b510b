QByteArray Account::passwordHash(const QString &password) const
{
    return QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Md5).toHex();   // expect: CWE-916
}
