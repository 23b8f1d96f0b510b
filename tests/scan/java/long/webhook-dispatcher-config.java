package com.events.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class WebhookDispatcher {
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final SubscriptionRepository subscriptions;

    public WebhookDispatcher(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    public void dispatch(Event event) throws Exception {
        for (Subscription s : subscriptions.forType(event.type())) {
            String target = s.getCallbackUrl();
            HttpRequest req = HttpRequest.newBuilder(URI.create(target))   // expect: CWE-918
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(event.toJson()))
                    .build();
            HttpResponse<Void> resp = http.send(req, HttpResponse.BodyHandlers.discarding());
            s.recordStatus(resp.statusCode());
        }
    }
}
