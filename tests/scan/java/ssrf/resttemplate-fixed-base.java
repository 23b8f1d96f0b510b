    @GetMapping("/weather")
    public String weather(@RequestParam("city") String city) {
        return restTemplate.getForObject("https://api.weather.example/v1/current?city={city}", String.class, city);   // ok: CWE-918
    }
