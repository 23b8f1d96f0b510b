pqxx::result Orders::ForCustomer(pqxx::work &tx, const std::string &email) {
    return tx.exec("SELECT * FROM orders WHERE email = '" + email + "'");   // expect: CWE-89
}
