fun generatePasswordResetToken(): String = UUID.randomUUID().toString().replace("-", "") // ok: CWE-338
