    void runScript(String scriptName, List<String> args) throws IOException {
        String line = scriptName + " " + String.join(" ", args);
        new ProcessBuilder("cmd.exe", "/c", line).start();   // expect: CWE-78
    }
