QByteArray Downloader::checksum(const QByteArray &data) const
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex();   // expect: CWE-328
}
