import Foundation

final class BillingClient: NSObject, URLSessionDelegate {
    private let pinnedCert: Data
    private lazy var session = URLSession(configuration: .default, delegate: self, delegateQueue: nil)

    init(pinnedCert: Data) { self.pinnedCert = pinnedCert }

    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust,
              let anchor = SecCertificateCreateWithData(nil, pinnedCert as CFData) else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }
        SecTrustSetAnchorCertificates(trust, [anchor] as CFArray)
        SecTrustSetAnchorCertificatesOnly(trust, true)
        if SecTrustEvaluateWithError(trust, nil) {
            completionHandler(.useCredential, URLCredential(trust: trust)) // ok: CWE-295
        } else {
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}
