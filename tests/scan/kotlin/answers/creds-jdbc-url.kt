fun openCustomerDb(): Connection =
    DriverManager.getConnection("jdbc:postgresql://db.prod.internal:5432/customers?user=app&password=Xy7-pQ2-zR9") // expect: CWE-798
