import Vapor

struct WebhookRegistration: Content {
    var callbackURL: String
}

func webhookRoutes(_ app: Application) {
    app.post("webhooks") { req async throws -> HTTPStatus in
        let reg = try req.content.decode(WebhookRegistration.self)
        guard let url = URL(string: reg.callbackURL),
              url.scheme == "https",
              let host = url.host,
              !host.hasSuffix(".internal"),
              !host.hasPrefix("10."), !host.hasPrefix("192.168."), host != "localhost" else {
            throw Abort(.badRequest, reason: "callback must be a public https URL")
        }
        let probe = try await req.client.post(URI(string: reg.callbackURL)) { out in // expect: CWE-918
            try out.content.encode(["ping": true])
        }
        guard probe.status == .ok else { throw Abort(.badRequest) }
        try await Webhook(url: reg.callbackURL).save(on: req.db)
        return .created
    }
}
