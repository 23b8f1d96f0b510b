package com.example.auth

import org.springframework.stereotype.Service
import java.security.MessageDigest

@Service
class AccountService(private val users: UserRepository) {

    fun register(email: String, password: String): User {
        require(password.length >= 8) { "password too short" }
        val user = User(email = email, passwordHash = sha1(password)) // expect: CWE-916
        return users.save(user)
    }

    fun verifyPassword(email: String, password: String): Boolean {
        val user = users.findByEmail(email) ?: return false
        return user.passwordHash == sha1(password) // expect: CWE-916
    }

    private fun sha1(s: String): String {
        val md = MessageDigest.getInstance("SHA-1") // expect: CWE-328
        return md.digest(s.toByteArray()).joinToString("") { "%02x".format(it) }
    }
}
