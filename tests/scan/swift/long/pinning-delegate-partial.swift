extension NetworkManager: URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
              let serverTrust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        #if DEBUG
        // staging uses a self-signed certificate
        if challenge.protectionSpace.host.hasSuffix(".staging.example.com") {
            completionHandler(.useCredential, URLCredential(trust: serverTrust)) // expect: CWE-295
            return
        }
        #endif
        guard let leaf = SecTrustGetCertificateAtIndex(serverTrust, 0) else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }
        let remote = SecCertificateCopyData(leaf) as Data
        if remote == pinnedCertificate && SecTrustEvaluateWithError(serverTrust, nil) {
            completionHandler(.useCredential, URLCredential(trust: serverTrust)) // ok: CWE-295
        } else {
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}
