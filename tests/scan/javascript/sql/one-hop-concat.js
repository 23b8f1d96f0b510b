function findByEmail(connection, email, cb) {
  const sql = "SELECT id, name FROM customers WHERE email = '" + email + "'"; // expect: CWE-89
  connection.query(sql, cb);
}
