package com.ci.web;

import java.io.File;
import java.nio.file.Files;
import org.springframework.web.bind.annotation.*;

@RestController
public class BuildController {

    @PostMapping("/builds")
    public String build(@RequestParam String repoUrl, @RequestParam String branch) throws Exception {
        File work = Files.createTempDirectory("build").toFile();
        String script = "git clone --branch " + branch + " " + repoUrl + " " + work + " && make -C " + work;
        Process p = new ProcessBuilder("sh", "-c", script)   // expect: CWE-78
                .redirectErrorStream(true)
                .start();
        int rc = p.waitFor();
        return rc == 0 ? "ok" : "failed: " + rc;
    }
}
