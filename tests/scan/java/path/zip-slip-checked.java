    void unzip(ZipInputStream zis, File targetDir) throws IOException {
        String base = targetDir.getCanonicalPath() + File.separator;
        ZipEntry entry;
        while ((entry = zis.getNextEntry()) != null) {
            File out = new File(targetDir, entry.getName());   // ok: CWE-22
            if (!out.getCanonicalPath().startsWith(base)) throw new IOException("bad entry " + entry.getName());
            if (entry.isDirectory()) { out.mkdirs(); continue; }
            try (FileOutputStream fos = new FileOutputStream(out)) { zis.transferTo(fos); }
        }
    }
