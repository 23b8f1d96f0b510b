    let etag = SHA256.hash(data: body).description // ok: CWE-328
