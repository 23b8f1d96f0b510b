import UIKit
import WebKit

final class ArticleViewController: UIViewController, WKNavigationDelegate {
    private var webView: WKWebView!
    var article: Article!

    override func loadView() {
        let config = WKWebViewConfiguration()
        config.defaultWebpagePreferences.allowsContentJavaScript = false
        webView = WKWebView(frame: .zero, configuration: config)
        webView.navigationDelegate = self
        view = webView
    }

    override func viewDidLoad() {
        super.viewDidLoad()
        title = article.title
        let css = "body { font: -apple-system-body; margin: 16px; }"
        let page = """
        <html><head><style>\(css)</style></head>
        <body><h1>\(article.title)</h1>\(article.bodyHTML)</body></html> // expect: CWE-79
        """
        webView.loadHTMLString(page, baseURL: nil)
    }

    func webView(_ webView: WKWebView, decidePolicyFor action: WKNavigationAction,
                 decisionHandler: @escaping (WKNavigationActionPolicy) -> Void) {
        decisionHandler(action.navigationType == .linkActivated ? .cancel : .allow)
    }
}
