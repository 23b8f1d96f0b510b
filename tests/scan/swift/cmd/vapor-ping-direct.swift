import Vapor
import Foundation

struct PingForm: Content {
    var host: String
}

func registerAdmin(_ app: Application) {
    app.post("admin", "ping") { req async throws -> String in
        let form = try req.content.decode(PingForm.self)
        let task = Process()
        task.executableURL = URL(fileURLWithPath: "/sbin/ping")
        task.arguments = ["-c", "3", "--", form.host] // ok: CWE-78
        let pipe = Pipe()
        task.standardOutput = pipe
        try task.run()
        task.waitUntilExit()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        return String(decoding: data, as: UTF8.self)
    }
}
