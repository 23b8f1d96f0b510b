    task.executableURL = URL(fileURLWithPath: "/bin/sh")
    task.arguments = ["-c", "ls -la /var/log | tail -n 20"] // ok: CWE-78
