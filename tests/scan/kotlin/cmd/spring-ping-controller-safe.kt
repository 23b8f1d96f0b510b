package com.example.admin

import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestParam
import org.springframework.web.bind.annotation.RestController
import java.util.concurrent.TimeUnit

@RestController
class DiagnosticsController {
    private val hostPattern = Regex("^[a-zA-Z0-9](?:[a-zA-Z0-9.-]{0,252})$")

    @PostMapping("/admin/tickets/ping")
    fun ping(@RequestParam host: String): ResponseEntity<String> {
        if (!hostPattern.matches(host)) return ResponseEntity.badRequest().body("bad host")
        val process = ProcessBuilder("ping", "-c", "3", host) // ok: CWE-78
            .redirectErrorStream(true)
            .start()
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly()
            return ResponseEntity.status(504).body("timeout")
        }
        val output = process.inputStream.bufferedReader().use { it.readText() }
        return ResponseEntity.ok(output)
    }
}
