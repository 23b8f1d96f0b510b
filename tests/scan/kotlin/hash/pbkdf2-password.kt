package com.example.auth

import java.security.SecureRandom
import java.security.spec.KeySpec
import java.util.Base64
import javax.crypto.SecretKeyFactory
import javax.crypto.spec.PBEKeySpec

object PasswordHasher {
    private const val ITERATIONS = 310_000
    private const val KEY_BITS = 256
    private val rng = SecureRandom()

    fun hashPassword(password: String): String {
        val salt = ByteArray(16).also { rng.nextBytes(it) }
        val hash = derive(password, salt)
        val enc = Base64.getEncoder()
        return "$ITERATIONS:${enc.encodeToString(salt)}:${enc.encodeToString(hash)}"
    }

    fun verifyPassword(password: String, stored: String): Boolean {
        val (iter, salt, hash) = stored.split(":")
        val dec = Base64.getDecoder()
        val candidate = derive(password, dec.decode(salt), iter.toInt())
        return java.security.MessageDigest.isEqual(candidate, dec.decode(hash)) // ok: CWE-916
    }

    private fun derive(password: String, salt: ByteArray, iterations: Int = ITERATIONS): ByteArray {
        val spec: KeySpec = PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS)
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).encoded
    }
}
