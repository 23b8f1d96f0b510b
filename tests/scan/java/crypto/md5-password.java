package com.example.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class LegacyPasswordEncoder {
    public String encode(String rawPassword) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");   // expect: CWE-328
            byte[] digest = md.digest(rawPassword.getBytes(StandardCharsets.UTF_8));   // expect: CWE-916
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(String raw, String encoded) {
        return encode(raw).equals(encoded);
    }
}
