@RestController
public class PreviewController {

    @GetMapping("/preview")
    public String preview(@RequestParam String url) throws IOException {
        try (InputStream in = new URL(url).openStream()) {   // expect: CWE-918
            String body = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return body.substring(0, Math.min(200, body.length()));
        }
    }
}
