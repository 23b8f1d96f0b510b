function listByStatus(db, status) {
  return db.all(
    'SELECT id, title FROM tasks ' +
      "WHERE status = '" + status + "' ORDER BY id", // expect: CWE-89
  );
}
