public class CryptoConfig {
    private static final String TRANSFORMATION = "DESede/ECB/PKCS5Padding";

    Cipher newCipher() throws Exception {
        return Cipher.getInstance(TRANSFORMATION);   // expect: CWE-327
    }
}
