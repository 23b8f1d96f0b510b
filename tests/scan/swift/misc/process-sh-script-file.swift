    task.executableURL = URL(fileURLWithPath: "/bin/sh")
    task.arguments = [Bundle.main.path(forResource: "cleanup", ofType: "sh")!] // ok: CWE-78
