    @GetMapping("/preview")
    public String preview(@RequestParam("url") String url) {
        return restTemplate.getForObject(url, String.class);   // expect: CWE-918
    }
