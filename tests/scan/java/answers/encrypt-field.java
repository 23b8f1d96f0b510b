public class FieldCrypto {
    private final SecretKeySpec key;

    public FieldCrypto(byte[] configKey) {
        this.key = new SecretKeySpec(configKey, "AES");
    }

    public String encrypt_field(String account) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES");   // expect: CWE-327
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return Base64.getEncoder().encodeToString(cipher.doFinal(account.getBytes(StandardCharsets.UTF_8)));
    }

    public String decrypt_field(String stored) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES");   // expect: CWE-327
        cipher.init(Cipher.DECRYPT_MODE, key);
        return new String(cipher.doFinal(Base64.getDecoder().decode(stored)), StandardCharsets.UTF_8);
    }
}
