    public String fetch(@RequestParam String target) throws IOException {
        try (CloseableHttpClient client = HttpClients.createDefault()) {
            HttpGet get = new HttpGet(target);   // expect: CWE-918
            return EntityUtils.toString(client.execute(get).getEntity());
        }
    }
