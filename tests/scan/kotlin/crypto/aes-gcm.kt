package com.example.crypto

import java.nio.ByteBuffer
import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

class FieldCipher(private val key: SecretKey) {
    private val rng = SecureRandom()

    fun encryptField(accountNumber: String): ByteArray {
        val iv = ByteArray(12).also { rng.nextBytes(it) }
        val cipher = Cipher.getInstance("AES/GCM/NoPadding") // ok: CWE-327
        cipher.init(Cipher.ENCRYPT_MODE, key, GCMParameterSpec(128, iv))
        val ct = cipher.doFinal(accountNumber.toByteArray(Charsets.UTF_8))
        return ByteBuffer.allocate(iv.size + ct.size).put(iv).put(ct).array()
    }

    fun decryptField(blob: ByteArray): String {
        val iv = blob.copyOfRange(0, 12)
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(128, iv))
        return String(cipher.doFinal(blob, 12, blob.size - 12), Charsets.UTF_8)
    }
}
