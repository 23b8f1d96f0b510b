func purgeClosed() {
    let rc = sqlite3_exec(db, "DELETE FROM tickets WHERE status = 'closed'", nil, nil, nil) // ok: CWE-89
    if rc != SQLITE_OK { print("purge failed") }
}
