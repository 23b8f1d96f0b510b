import Foundation

struct OTPService {
    private let store: OTPStore
    private let sms: SMSSender

    func sendCode(to phone: String) async throws {
        let code = String(format: "%06d", Int.random(in: 0..<1_000_000)) // ok: CWE-338
        try await store.save(code: code, for: phone, ttl: 300)
        try await sms.send(to: phone, text: "Your verification code is \(code)")
    }

    func verify(_ code: String, for phone: String) async throws -> Bool {
        guard let expected = try await store.code(for: phone) else { return false }
        let ok = expected.count == code.count &&
            zip(expected.utf8, code.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
        if ok { try await store.remove(for: phone) }
        return ok
    }
}

protocol OTPStore {
    func save(code: String, for phone: String, ttl: Int) async throws
    func code(for phone: String) async throws -> String?
    func remove(for phone: String) async throws
}

protocol SMSSender {
    func send(to phone: String, text: String) async throws
}
