    public Path createReport(LocalDate day) throws IOException {
        Path dir = Paths.get("/srv/shared/customers-reports");
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwx---"));   // ok: CWE-732
        Path report = dir.resolve("report-" + day + ".csv");
        Files.createFile(report);
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
        return report;
    }
