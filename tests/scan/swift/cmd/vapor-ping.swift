import Vapor
import Foundation

struct PingForm: Content {
    var host: String
}

func registerAdmin(_ app: Application) {
    app.post("admin", "ping") { req async throws -> String in
        let form = try req.content.decode(PingForm.self)
        let task = Process()
        task.executableURL = URL(fileURLWithPath: "/bin/sh")
        task.arguments = ["-c", "ping -c 3 \(form.host)"] // expect: CWE-78
        let pipe = Pipe()
        task.standardOutput = pipe
        try task.run()
        task.waitUntilExit()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        return String(decoding: data, as: UTF8.self)
    }
}
