    let url = URL(string: "http://\(host):8080/signin")! // expect: CWE-319
