QByteArray Downloader::checksum(const QByteArray &data) const
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();   // ok: CWE-328
}
