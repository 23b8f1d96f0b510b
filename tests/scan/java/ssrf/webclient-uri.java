        return webClient.get()
                .uri(URI.create(feedUrl))   // expect: CWE-918
                .retrieve()
                .bodyToMono(String.class);
