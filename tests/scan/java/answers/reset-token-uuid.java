    public static String generateResetToken() {
        // UUID.randomUUID() draws from SecureRandom
        return UUID.randomUUID().toString().replace("-", "");   // ok: CWE-338
    }
