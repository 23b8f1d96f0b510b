package com.example.users

import org.springframework.jdbc.core.JdbcTemplate
import org.springframework.security.crypto.password.PasswordEncoder
import org.springframework.stereotype.Service
import org.slf4j.LoggerFactory

@Service
class UserService(
    private val jdbc: JdbcTemplate,
    private val encoder: PasswordEncoder,
) {
    private val log = LoggerFactory.getLogger(UserService::class.java)

    fun register(email: String, password: String): Long {
        val hash = encoder.encode(password) // ok: CWE-916
        jdbc.update("INSERT INTO users (email, password_hash) VALUES (?, ?)", email, hash) // ok: CWE-89
        return jdbc.queryForObject("SELECT id FROM users WHERE email = ?", Long::class.java, email)!!
    }

    fun search(term: String, sort: String): List<Map<String, Any>> {
        val order = if (sort in setOf("email", "created_at")) sort else "email"
        return jdbc.queryForList("SELECT id, email FROM users WHERE email LIKE ? ORDER BY $order", "%$term%") // ok: CWE-89
    }

    fun deactivate(ids: String) {
        jdbc.update("UPDATE users SET active = false WHERE id IN ($ids)") // expect: CWE-89
        log.info("deactivated users {}", ids)
    }
}
