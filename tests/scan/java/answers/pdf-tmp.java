    public String extractText(MultipartFile upload) throws IOException, InterruptedException {
        File pdf = new File("/tmp/invoice.pdf");   // expect: CWE-377
        upload.transferTo(pdf);
        Process p = new ProcessBuilder("pdftotext", pdf.getAbsolutePath(), "-").start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }
