    let etag = Insecure.MD5.hash(data: body).description // expect: CWE-328
