        Path tmp = Files.createTempFile("report", ".csv");   // ok: CWE-377
        Files.write(tmp, csv.getBytes());
