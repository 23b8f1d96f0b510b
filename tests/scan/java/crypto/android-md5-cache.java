package com.example.imagecache;

import java.math.BigInteger;
import java.security.MessageDigest;

public final class DiskCacheKeys {
    private DiskCacheKeys() {}

    /** File name for a cached image: the MD5 of its URL. */
    public static String keyFor(String url) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");   // expect: CWE-328
            md.update(url.getBytes("UTF-8"));
            return new BigInteger(1, md.digest()).toString(16);
        } catch (Exception e) {
            return String.valueOf(url.hashCode());
        }
    }
}
