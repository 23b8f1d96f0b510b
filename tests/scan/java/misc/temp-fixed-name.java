        File tmp = new File("/tmp/report.csv");   // expect: CWE-377
        Files.write(tmp.toPath(), csv.getBytes());
