    public byte[] encrypt(byte[] plain, SecretKey key) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES");   // expect: CWE-327
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(plain);
    }
