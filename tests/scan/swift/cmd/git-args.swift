    let git = Process()
    git.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    git.arguments = ["log", "--format=%H", branch] // ok: CWE-78
