    let signInURL = "http://10.0.0.12:8080/api/signin" // expect: CWE-319
