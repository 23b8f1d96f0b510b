package com.ci.web;

import java.io.File;
import java.nio.file.Files;
import org.springframework.web.bind.annotation.*;

@RestController
public class BuildController {

    @PostMapping("/builds")
    public String build(@RequestParam String repoUrl, @RequestParam String branch) throws Exception {
        File work = Files.createTempDirectory("build").toFile();
        Process clone = new ProcessBuilder("git", "clone", "--branch", branch, "--", repoUrl, work.getPath())   // ok: CWE-78
                .redirectErrorStream(true)
                .start();
        if (clone.waitFor() != 0) {
            return "clone failed";
        }
        int rc = new ProcessBuilder("make", "-C", work.getPath()).start().waitFor();
        return rc == 0 ? "ok" : "failed: " + rc;
    }
}
