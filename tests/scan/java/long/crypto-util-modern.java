package com.modern.crypto;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public final class CryptoUtil {
    private static final SecureRandom RANDOM = new SecureRandom();

    private CryptoUtil() {}

    public static byte[] encrypt(SecretKey key, byte[] plain, byte[] aad) throws Exception {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);   // ok: CWE-338
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");   // ok: CWE-327
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD(aad);
        byte[] ct = cipher.doFinal(plain);
        return ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
    }

    public static byte[] fingerprint(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);   // ok: CWE-328
    }
}
