package com.example.hooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.web.bind.annotation.*;

@RestController
public class WebhookTestController {
    private final HttpClient client = HttpClient.newHttpClient();

    @PostMapping("/webhooks/test")
    public int test(@RequestBody WebhookConfig cfg) throws Exception {
        HttpRequest req = HttpRequest.newBuilder()
                .uri(URI.create(cfg.getUrl()))   // expect: CWE-918
                .POST(HttpRequest.BodyPublishers.ofString("{\"ping\":true}"))
                .header("Content-Type", "application/json")
                .build();
        HttpResponse<String> resp = client.send(req, HttpResponse.BodyHandlers.ofString());
        return resp.statusCode();
    }
}
