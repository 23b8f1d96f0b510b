    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(12);

    public static String hash_password(String password) {
        return ENCODER.encode(password);   // ok: CWE-916
    }

    public static boolean verify_password(String password, String stored) {
        return ENCODER.matches(password, stored);
    }
