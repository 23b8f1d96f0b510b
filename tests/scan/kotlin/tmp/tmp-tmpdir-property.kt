fun lockFile(): File = File(System.getProperty("java.io.tmpdir") + "/myapp.lock") // expect: CWE-377
