        val etag = MessageDigest.getInstance("MD5").digest(body).toHex() // expect: CWE-328
        call.response.header(HttpHeaders.ETag, etag)
