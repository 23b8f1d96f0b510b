import AsyncHTTPClient
import NIOSSL

func makeBillingClient() throws -> HTTPClient {
    var tls = TLSConfiguration.makeClientConfiguration()
    tls.trustRoots = .file("/etc/billing/ca.pem") // ok: CWE-295
    return HTTPClient(eventLoopGroupProvider: .singleton,
                      configuration: .init(tlsConfiguration: tls))
}
