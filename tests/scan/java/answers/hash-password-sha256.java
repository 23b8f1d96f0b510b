    public static String hash_password(String password) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] hash = md.digest(password.getBytes(StandardCharsets.UTF_8));   // expect: CWE-916
        return HexFormat.of().formatHex(hash);
    }

    public static boolean verify_password(String password, String stored) throws NoSuchAlgorithmException {
        return MessageDigest.isEqual(hash_password(password).getBytes(), stored.getBytes());
    }
