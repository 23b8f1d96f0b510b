package com.example.accounts

import java.security.SecureRandom

private const val ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#%"

class TemporaryPasswordFactory {
    private val random = SecureRandom()

    fun temporaryPassword(length: Int = 12): String =
        (1..length)
            .map { ALPHABET[random.nextInt(ALPHABET.length)] }
            .joinToString("")
}
