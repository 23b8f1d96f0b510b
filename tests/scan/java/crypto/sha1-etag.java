    String etag(byte[] body) throws NoSuchAlgorithmException {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");   // expect: CWE-328
        return "\"" + HexFormat.of().formatHex(sha1.digest(body)) + "\"";
    }
