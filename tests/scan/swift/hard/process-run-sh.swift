    let p = try Process.run(URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", cmd]) // expect: CWE-78
