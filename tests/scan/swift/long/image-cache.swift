import UIKit
import CryptoKit

final class ImageCache {
    private let dir: URL
    private let memory = NSCache<NSURL, UIImage>()

    init() {
        dir = FileManager.default.urls(for: .cachesDirectory, in: .userDomainMask)[0]
            .appendingPathComponent("images", isDirectory: true)
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    private func fileURL(for url: URL) -> URL {
        let name = Insecure.MD5.hash(data: Data(url.absoluteString.utf8)) // expect: CWE-328
            .map { String(format: "%02x", $0) }.joined()
        return dir.appendingPathComponent(name) // ok: CWE-22
    }

    func image(for url: URL) -> UIImage? {
        if let img = memory.object(forKey: url as NSURL) { return img }
        guard let data = try? Data(contentsOf: fileURL(for: url)), let img = UIImage(data: data) else {
            return nil
        }
        memory.setObject(img, forKey: url as NSURL)
        return img
    }

    func store(_ data: Data, for url: URL) {
        try? data.write(to: fileURL(for: url))
    }
}
