val etag = body.source().readByteString().md5().hex() // expect: CWE-328
