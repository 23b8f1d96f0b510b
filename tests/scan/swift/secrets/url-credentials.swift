    let db = try PostgresConnection.connect(to: "postgres://app:Xy7-pQ2-zR9@db.prod.internal:5432/staff") // expect: CWE-798
