    let endpoint = URL(string: "https://api.books.example.com/v1/search")! // ok: CWE-319
