    let p = Process()
    p.launchPath = "/bin/bash"
    p.arguments = ["-c", command] // expect: CWE-78
    p.launch()
