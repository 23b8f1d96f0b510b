import Foundation

final class Preferences: NSObject, NSSecureCoding {
    static var supportsSecureCoding: Bool { true }
    var theme: String
    var pageSize: Int

    init(theme: String, pageSize: Int) {
        self.theme = theme
        self.pageSize = pageSize
    }

    required init?(coder: NSCoder) {
        theme = coder.decodeObject(of: NSString.self, forKey: "theme") as String? ?? "light"
        pageSize = coder.decodeInteger(forKey: "pageSize")
    }

    func encode(with coder: NSCoder) {
        coder.encode(theme, forKey: "theme")
        coder.encode(pageSize, forKey: "pageSize")
    }
}

func preferences(from data: Data) throws -> Preferences? {
    try NSKeyedUnarchiver.unarchivedObject(ofClass: Preferences.self, from: data) // ok: CWE-502
}

func data(from prefs: Preferences) throws -> Data {
    try NSKeyedArchiver.archivedData(withRootObject: prefs, requiringSecureCoding: true)
}
