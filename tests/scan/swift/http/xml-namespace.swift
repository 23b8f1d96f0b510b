    parser.shouldProcessNamespaces = true
    let ns = "http://www.w3.org/2000/svg" // ok: CWE-319
