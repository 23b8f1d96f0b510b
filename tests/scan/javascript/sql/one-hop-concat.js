function findByEmail(connection, email, cb) {
  const sql = "SELECT id, name FROM customers WHERE email = '" + email + "'";
  connection.query(sql, cb); // expect: CWE-89
}
