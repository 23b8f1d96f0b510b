    void unzip(ZipInputStream zis, File targetDir) throws IOException {
        ZipEntry entry;
        while ((entry = zis.getNextEntry()) != null) {
            File out = new File(targetDir, entry.getName());   // expect: CWE-22
            if (entry.isDirectory()) { out.mkdirs(); continue; }
            try (FileOutputStream fos = new FileOutputStream(out)) { zis.transferTo(fos); }
        }
    }
