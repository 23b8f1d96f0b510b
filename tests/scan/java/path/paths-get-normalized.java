    @GetMapping("/files/{name}")
    public ResponseEntity<Resource> serve(@PathVariable String name) throws IOException {
        Path root = Paths.get(storageRoot).toAbsolutePath().normalize();
        Path file = root.resolve(name).normalize();   // ok: CWE-22
        if (!file.startsWith(root)) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok(new UrlResource(file.toUri()));
    }
