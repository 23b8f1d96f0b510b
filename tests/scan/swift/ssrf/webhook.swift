    app.post("webhooks", "test") { req async throws -> HTTPStatus in
        let hook = try req.content.decode(WebhookTest.self)
        let resp = try await req.client.post(URI(string: hook.callbackURL)) // expect: CWE-918
        return resp.status == .ok ? .ok : .badGateway
    }
