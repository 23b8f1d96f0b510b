val help = "Run Runtime.getRuntime().exec(cmd) only with constant commands" // ok: CWE-78
