pqxx::result Orders::ForCustomer(pqxx::work &tx, const std::string &email) {
    return tx.exec_params("SELECT * FROM orders WHERE email = $1", email);   // ok: CWE-89
}
