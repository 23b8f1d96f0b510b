fun unzipTo(archive: String, dest: String) {
    Runtime.getRuntime().exec("unzip -o " + archive + " -d " + dest).waitFor() // expect: CWE-78
}
