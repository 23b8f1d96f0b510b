    @Value("${mall.admin.host}")
    private String HOST_MALL_ADMIN;

    @GetMapping("/brand/{id}")
    public Object brand(@PathVariable Long id) {
        String url = HOST_MALL_ADMIN + "/brand/{id}";
        ResponseEntity<CommonResult> resp = restTemplate.getForEntity(url, CommonResult.class, id);   // ok: CWE-918
        return resp.getBody();
    }
