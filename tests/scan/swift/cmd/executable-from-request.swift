        let tool = try req.query.get(String.self, at: "tool")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool) // expect: CWE-78
        try p.run()
