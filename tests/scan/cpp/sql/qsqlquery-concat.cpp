bool TicketModel::remove(const QString &owner)
{
    QSqlQuery q;
    return q.exec("DELETE FROM tickets WHERE owner = '" + owner + "'");   // expect: CWE-89
}
