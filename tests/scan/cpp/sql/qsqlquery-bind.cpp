bool TicketModel::remove(const QString &owner)
{
    QSqlQuery q;
    q.prepare("DELETE FROM tickets WHERE owner = :owner");          // ok: CWE-89
    q.bindValue(":owner", owner);
    return q.exec();
}
