    let q = String(format: "UPDATE orders SET status = '%@' WHERE ref = '%@'", status, ref) // expect: CWE-89
    sqlite3_exec(handle, q, nil, nil, nil)
