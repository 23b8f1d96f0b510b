function findByEmail(connection, email, cb) {
  const sql = 'SELECT id, name FROM customers WHERE email = ?';
  connection.query(sql, [email], cb); // ok: CWE-89
}
