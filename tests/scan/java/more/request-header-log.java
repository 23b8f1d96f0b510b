    @GetMapping("/api/items")
    public List<Item> items(@RequestHeader("X-Client-Id") String clientId) {
        LOG.info("items requested by client " + clientId);   // expect: CWE-117
        return itemService.all();
    }
