import Foundation

struct SignIn: Encodable {
    let username: String
    let password: String
}

struct SessionResponse: Decodable {
    let token: String
}

/// Sends the sign-in form to the order API and returns the session token.
func signIn(username: String, password: String) async throws -> String {
    var req = URLRequest(url: URL(string: "https://api.orders.example.com:8080/signin")!) // ok: CWE-319
    req.httpMethod = "POST"
    req.setValue("application/json", forHTTPHeaderField: "Content-Type")
    req.httpBody = try JSONEncoder().encode(SignIn(username: username, password: password))
    let (data, _) = try await URLSession.shared.data(for: req)
    return try JSONDecoder().decode(SessionResponse.self, from: data).token
}
