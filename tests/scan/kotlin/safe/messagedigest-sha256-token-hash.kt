fun tokenDigest(token: String): String =
    MessageDigest.getInstance("SHA-256").digest(token.toByteArray()).toHex() // ok: CWE-916
