    let proc = Process.launchedProcess(launchPath: "/bin/sh", arguments: ["-c", "tar czf \(archive) \(folder)"]) // expect: CWE-78
