fun cacheKey(url: String): String = DigestUtils.sha256Hex(url) // ok: CWE-328
