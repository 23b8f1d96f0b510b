import AsyncHTTPClient
import NIOSSL

func makeBillingClient() -> HTTPClient {
    var tls = TLSConfiguration.makeClientConfiguration()
    tls.certificateVerification = .none // expect: CWE-295
    return HTTPClient(eventLoopGroupProvider: .singleton,
                      configuration: .init(tlsConfiguration: tls))
}
