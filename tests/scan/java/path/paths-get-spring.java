    @GetMapping("/files/{name}")
    public ResponseEntity<Resource> serve(@PathVariable String name) throws IOException {
        Path file = Paths.get(storageRoot, name);   // expect: CWE-22
        return ResponseEntity.ok(new UrlResource(file.toUri()));
    }
