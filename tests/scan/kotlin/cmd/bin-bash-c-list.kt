fun backup(dir: String) {
    ProcessBuilder(listOf("/bin/bash", "-c", "tar czf /backups/out.tgz " + dir)).start().waitFor() // expect: CWE-78
}
