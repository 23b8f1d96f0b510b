@RestController
public class AttachmentController {
    private static final Path BASE = Paths.get("/srv/attachments");

    @GetMapping("/files")
    public ResponseEntity<byte[]> get(@RequestParam("name") String name) throws IOException {
        Path file = BASE.resolve(name);   // expect: CWE-22
        if (!Files.exists(file)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(Files.readAllBytes(file));
    }
}
