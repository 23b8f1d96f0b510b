    let data = FileManager.default.contents(atPath: "/srv/attachments/README.txt") // ok: CWE-22
