    public String convert(String input, String output) throws Exception {
        String cmd = "convert " + input + " -resize 50% " + output;
        Process p = Runtime.getRuntime().exec(cmd);   // expect: CWE-78
        p.waitFor();
        return output;
    }
