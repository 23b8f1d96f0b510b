func runHook(named hook: String, orderRef: String) throws {
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/zsh")
    shell.arguments = ["-c", hook + " --order " + orderRef] // expect: CWE-78
    try shell.run()
}
