    let ats: [String: Any] = ["NSAllowsArbitraryLoads": true] // expect: CWE-319
