package com.example.auth

import org.springframework.stereotype.Service
import java.security.SecureRandom
import java.time.Instant
import java.util.Base64
import kotlin.random.Random

@Service
class VerificationService(private val repo: VerificationRepository, private val sms: SmsSender) {

    private val secure = SecureRandom()

    fun startPhoneVerification(userId: Long, phone: String) {
        val otp = String.format("%06d", Random.nextInt(1_000_000)) // expect: CWE-338
        repo.save(Verification(userId, otp, Instant.now().plusSeconds(300)))
        sms.send(phone, "Your code: $otp")
    }

    fun newRefreshToken(): String {
        val bytes = ByteArray(32)
        secure.nextBytes(bytes) // ok: CWE-338
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)
    }

    fun retryDelayMillis(attempt: Int): Long =
        (1000L shl attempt.coerceAtMost(6)) + Random.nextLong(500) // expect: CWE-330
}
