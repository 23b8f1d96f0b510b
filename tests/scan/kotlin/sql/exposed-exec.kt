fun archiveOlderThan(days: String) = transaction {
    exec("UPDATE orders SET archived = true WHERE created_at < now() - interval '$days days'") // expect: CWE-89
}
