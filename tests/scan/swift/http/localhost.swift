    let url = URL(string: "http://localhost:8080/health")! // ok: CWE-319
