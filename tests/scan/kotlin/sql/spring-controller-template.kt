package com.example.web

import org.springframework.jdbc.core.JdbcTemplate
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.RequestParam
import org.springframework.web.bind.annotation.RestController

@RestController
class BookController(private val jdbc: JdbcTemplate) {

    @GetMapping("/books/search")
    fun search(@RequestParam isbn: String): Map<String, Any?> {
        val rows = jdbc.queryForList("SELECT * FROM books WHERE isbn = '$isbn'") // expect: CWE-89
        if (rows.isEmpty()) {
            return mapOf("found" to false)
        }
        val book = rows.first()
        return mapOf(
            "found" to true,
            "title" to book["title"],
            "author" to book["author"],
            "year" to book["year"],
        )
    }
}
