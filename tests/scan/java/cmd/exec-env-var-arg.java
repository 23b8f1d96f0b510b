    String[] args = {"/usr/bin/lpr", "-P", printer, file.getAbsolutePath()};
    Runtime.getRuntime().exec(args);   // ok: CWE-78
