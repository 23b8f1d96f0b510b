bool Catalog::rename(int id, const QString &title)
{
    QSqlQuery q;
    return q.exec(QString("UPDATE books SET title = '%1' WHERE id = %2").arg(title).arg(id));   // expect: CWE-89
}
