package com.legacy.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

public final class CryptoUtil {
    private static final byte[] KEY = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private CryptoUtil() {}

    public static String encrypt(String plain) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");   // expect: CWE-327
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"));
        return Base64.getEncoder().encodeToString(cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    public static String decrypt(String b64) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");   // expect: CWE-327
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(KEY, "AES"));
        return new String(cipher.doFinal(Base64.getDecoder().decode(b64)), StandardCharsets.UTF_8);
    }

    public static String fingerprint(byte[] data) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA1");   // expect: CWE-328
        return Base64.getEncoder().encodeToString(md.digest(data));
    }
}
