    NSWorkspace.shared.open(URL(fileURLWithPath: "/Applications/Safari.app")) // ok: CWE-78
