package com.example.accounts

import java.util.Random

private const val ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#%"

class TemporaryPasswordFactory {
    private val random = Random(System.currentTimeMillis()) // expect: CWE-338

    fun temporaryPassword(length: Int = 12): String =
        (1..length)
            .map { ALPHABET[random.nextInt(ALPHABET.length)] }
            .joinToString("")
}
