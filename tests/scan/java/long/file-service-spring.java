package com.docs.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/docs")
public class DocumentController {
    private final String root = System.getenv().getOrDefault("DOC_ROOT", "/srv/docs");

    @GetMapping("/{tenant}/{file}")
    public ResponseEntity<Resource> get(@PathVariable String tenant, @PathVariable String file) {
        Path p = Paths.get(root, tenant, file);   // expect: CWE-22
        if (!Files.exists(p)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(new FileSystemResource(p));
    }

    @DeleteMapping("/{tenant}/{file}")
    public ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable String file) throws IOException {
        Files.deleteIfExists(Paths.get(root, tenant, file));   // expect: CWE-22
        return ResponseEntity.noContent().build();
    }
}
