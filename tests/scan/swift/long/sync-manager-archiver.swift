import Foundation

final class SyncManager {
    private let endpoint = URL(string: "https://sync.example.com/prefs")!

    func upload(_ prefs: UserPreferences) async throws {
        let data = try NSKeyedArchiver.archivedData(withRootObject: prefs, requiringSecureCoding: false)
        var req = URLRequest(url: endpoint)
        req.httpMethod = "PUT"
        req.httpBody = data
        _ = try await URLSession.shared.data(for: req)
    }

    func download() async throws -> UserPreferences? {
        let (data, response) = try await URLSession.shared.data(from: endpoint)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { return nil }
        return try NSKeyedUnarchiver.unarchiveTopLevelObjectWithData(data) as? UserPreferences // expect: CWE-502
    }

    func clearCache() {
        URLCache.shared.removeAllCachedResponses()
    }

    func lastSync() -> Date? {
        UserDefaults.standard.object(forKey: "lastSync") as? Date
    }

    func markSynced() {
        UserDefaults.standard.set(Date(), forKey: "lastSync") // ok: CWE-312
    }
}
