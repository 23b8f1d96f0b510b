system("sh", "-c", "zip -r #{archive} #{folder}") # expect: CWE-78
