    Process openReport(String fileName) throws IOException {
        return Runtime.getRuntime().exec(new String[] {"cmd.exe", "/c", "start " + fileName});   // expect: CWE-78
    }
