import Foundation

final class AuthService {
    private let tokenURL: URL = {
        FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
            .appendingPathComponent("session.dat")
    }()

    func signIn(user: String, password: String) async throws {
        var req = URLRequest(url: URL(string: "https://api.example.com/v2/session")!)
        req.httpMethod = "POST"
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = try JSONSerialization.data(withJSONObject: ["user": user, "password": password])
        let (data, _) = try await URLSession.shared.data(for: req)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        guard let token = json?["token"] as? String else { throw URLError(.userAuthenticationRequired) }
        try token.write(to: tokenURL, atomically: true, encoding: .utf8) // expect: CWE-312
    }

    func storedToken() -> String? {
        try? String(contentsOf: tokenURL, encoding: .utf8)
    }

    func signOut() {
        try? FileManager.default.removeItem(at: tokenURL)
    }
}
