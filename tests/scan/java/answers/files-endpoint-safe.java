@RestController
public class AttachmentController {
    private static final Path BASE = Paths.get("/srv/attachments").toAbsolutePath().normalize();

    @GetMapping("/files")
    public ResponseEntity<byte[]> get(@RequestParam("name") String name) throws IOException {
        Path file = BASE.resolve(name).normalize();   // ok: CWE-22
        if (!file.startsWith(BASE) || !Files.isRegularFile(file)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(Files.readAllBytes(file));
    }
}
