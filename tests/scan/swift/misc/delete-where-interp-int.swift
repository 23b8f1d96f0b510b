    let sql = "DELETE FROM orders WHERE customer_id = \(customerId)" // expect: CWE-89
