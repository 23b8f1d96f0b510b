import UIKit
import WebKit

final class CommentViewController: UIViewController {
    private let webView = WKWebView()
    var comment: String = ""

    override func viewDidLoad() {
        super.viewDidLoad()
        view.addSubview(webView)
        webView.frame = view.bounds
        let html = "<html><body><p>\(comment)</p></body></html>" // expect: CWE-79
        webView.loadHTMLString(html, baseURL: nil)
    }
}
