package com.example.auth;

import java.util.Random;

public final class TokenUtil {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Random RNG = new Random();                       // expect: CWE-338

    private TokenUtil() {}

    public static String newResetToken(int len) {
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            sb.append(ALPHABET.charAt(RNG.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public static String newApiKey() {
        return newResetToken(40);
    }

    public static boolean looksLikeToken(String s) {
        return s != null && s.length() >= 20 && s.chars().allMatch(Character::isLetterOrDigit);
    }
}
