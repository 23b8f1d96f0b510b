    public List<Path> extract(InputStream upload, String uploadId) throws IOException {
        Path target = Paths.get("/srv/customers", uploadId);
        Files.createDirectories(target);
        List<Path> out = new ArrayList<>();
        try (ZipInputStream zis = new ZipInputStream(upload)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                Path dest = target.resolve(entry.getName());   // expect: CWE-22
                if (entry.isDirectory()) {
                    Files.createDirectories(dest);
                } else {
                    Files.createDirectories(dest.getParent());
                    Files.copy(zis, dest, StandardCopyOption.REPLACE_EXISTING);
                    out.add(dest);
                }
            }
        }
        return out;
    }
