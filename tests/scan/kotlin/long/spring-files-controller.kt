package com.example.docs

import org.springframework.core.io.FileSystemResource
import org.springframework.http.HttpHeaders
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestParam
import org.springframework.web.bind.annotation.RestController
import org.springframework.web.multipart.MultipartFile
import java.io.File
import java.util.UUID

@RestController
class DocumentController(private val props: StorageProperties) {

    @PostMapping("/documents")
    fun upload(@RequestParam file: MultipartFile): Map<String, String> {
        val id = UUID.randomUUID().toString()
        val target = File(props.root, "$id.bin")
        file.transferTo(target)
        return mapOf("id" to id)
    }

    @GetMapping("/documents/raw")
    fun raw(@RequestParam path: String): ResponseEntity<FileSystemResource> {
        val f = File(props.root, path) // expect: CWE-22
        if (!f.isFile) return ResponseEntity.notFound().build()
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"${f.name}\"")
            .body(FileSystemResource(f))
    }
}
