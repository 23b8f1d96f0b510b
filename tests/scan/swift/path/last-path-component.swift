        let safeName = URL(fileURLWithPath: name).lastPathComponent
        let path = "/srv/attachments/" + safeName // ok: CWE-22
        return req.fileio.streamFile(at: path)
