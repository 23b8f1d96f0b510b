import Foundation

final class APIClient {
    static let shared = APIClient()
    private let base = URL(string: "https://api.tickets.example.com")! // ok: CWE-319
    private let session: URLSession

    private init() {
        let cfg = URLSessionConfiguration.default
        cfg.timeoutIntervalForRequest = 15
        session = URLSession(configuration: cfg)
    }

    func get<T: Decodable>(_ path: String, as type: T.Type) async throws -> T {
        let url = base.appendingPathComponent(path)
        let (data, resp) = try await session.data(from: url)
        guard let http = resp as? HTTPURLResponse, (200..<300).contains(http.statusCode) else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode(T.self, from: data)
    }

    func post<Body: Encodable>(_ path: String, body: Body) async throws {
        var req = URLRequest(url: base.appendingPathComponent(path))
        req.httpMethod = "POST"
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = try JSONEncoder().encode(body)
        _ = try await session.data(for: req)
    }
}
