package com.example.admin

import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestParam
import org.springframework.web.bind.annotation.RestController
import java.util.concurrent.TimeUnit

@RestController
class DiagnosticsController {

    @PostMapping("/admin/tickets/ping")
    fun ping(@RequestParam host: String): ResponseEntity<String> {
        val process = ProcessBuilder("bash", "-c", "ping -c 3 " + host) // expect: CWE-78
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
