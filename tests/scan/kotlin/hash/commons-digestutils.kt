fun cacheKey(url: String): String = DigestUtils.md5Hex(url) // expect: CWE-328
