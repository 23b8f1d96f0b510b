@RestController
@RequestMapping("/admin")
public class PingController {

    @PostMapping("/ping")
    public String ping(@RequestParam("host") String host) throws IOException, InterruptedException {
        Process process = Runtime.getRuntime().exec("ping -c 3 " + host);   // expect: CWE-78
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
