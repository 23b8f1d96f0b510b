    @PostMapping("/upload")
    public String upload(@RequestParam("file") MultipartFile file) throws IOException {
        Path dest = uploadDir.resolve(UUID.randomUUID() + ".bin");   // ok: CWE-22
        file.transferTo(dest);
        return "stored";
    }
