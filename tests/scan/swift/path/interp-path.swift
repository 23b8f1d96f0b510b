        let data = FileManager.default.contents(atPath: "/srv/attachments/\(req.query["name"] ?? "")") // expect: CWE-22
