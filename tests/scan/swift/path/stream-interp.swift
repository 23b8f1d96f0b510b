        return req.fileio.streamFile(at: "/srv/reports/\(name)") // expect: CWE-22
