package com.news.ingest;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.List;

public class FeedFetcher {
    private static final List<String> FEEDS = List.of(
            "https://feeds.example.org/world.xml",
            "https://feeds.example.org/tech.xml");

    public void fetchAll(FeedSink sink) throws Exception {
        for (String f : FEEDS) {
            URL u = new URL(f);   // ok: CWE-918
            HttpURLConnection c = (HttpURLConnection) u.openConnection();
            c.setConnectTimeout(5000);
            c.setReadTimeout(10000);
            try (InputStream in = c.getInputStream()) {
                sink.accept(f, in.readAllBytes());
            } finally {
                c.disconnect();
            }
        }
    }

    public interface FeedSink {
        void accept(String url, byte[] body);
    }
}
