import UIKit
import WebKit

extension String {
    var htmlEscaped: String {
        self.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}

final class CommentViewController: UIViewController {
    private let webView = WKWebView()
    var comment: String = ""

    override func viewDidLoad() {
        super.viewDidLoad()
        view.addSubview(webView)
        webView.frame = view.bounds
        let html = "<html><body><p>\(comment.htmlEscaped)</p></body></html>" // ok: CWE-79
        webView.loadHTMLString(html, baseURL: nil)
    }
}
