import Foundation

final class Preferences: NSObject, NSCoding {
    var theme: String
    var pageSize: Int

    init(theme: String, pageSize: Int) {
        self.theme = theme
        self.pageSize = pageSize
    }

    required init?(coder: NSCoder) {
        theme = coder.decodeObject(forKey: "theme") as? String ?? "light"
        pageSize = coder.decodeInteger(forKey: "pageSize")
    }

    func encode(with coder: NSCoder) {
        coder.encode(theme, forKey: "theme")
        coder.encode(pageSize, forKey: "pageSize")
    }
}

func preferences(from data: Data) -> Preferences? {
    NSKeyedUnarchiver.unarchiveObject(with: data) as? Preferences // expect: CWE-502
}

func data(from prefs: Preferences) -> Data {
    NSKeyedArchiver.archivedData(withRootObject: prefs)
}
