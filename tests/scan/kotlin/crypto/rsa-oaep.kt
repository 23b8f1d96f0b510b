val rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding") // ok: CWE-327 CWE-780
