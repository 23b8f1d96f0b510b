    String etag(byte[] body) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");   // ok: CWE-328
        return "\"" + HexFormat.of().formatHex(sha.digest(body)) + "\"";
    }
