        Process.Start("/bin/bash", "-c \"tar -xzf " + archivePath + " -C " + dest + "\"");   // expect: CWE-78
