package com.social.profile;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/profile")
public class AvatarController {
    private final Path avatars = Path.of("/var/lib/social/avatars");

    @PostMapping("/avatar/import")
    public String importAvatar(@RequestParam("imageUrl") String imageUrl, @RequestParam long userId) throws Exception {
        URL url = new URL(imageUrl);   // expect: CWE-918
        try (InputStream in = url.openStream()) {
            Files.copy(in, avatars.resolve(userId + ".png"), StandardCopyOption.REPLACE_EXISTING);   // ok: CWE-22
        }
        return "ok";
    }
}
