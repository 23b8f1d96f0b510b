@RestController
@RequestMapping("/admin")
public class PingController {
    private static final Pattern HOSTNAME = Pattern.compile("^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$");

    @PostMapping("/ping")
    public ResponseEntity<String> ping(@RequestParam("host") String host) throws IOException, InterruptedException {
        if (!HOSTNAME.matcher(host).matches()) {
            return ResponseEntity.badRequest().body("invalid host");
        }
        Process process = new ProcessBuilder("ping", "-c", "3", host)   // ok: CWE-78
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return ResponseEntity.ok(output);
    }
}
