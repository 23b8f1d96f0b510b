import Alamofire

let manager = ServerTrustManager(evaluators: [
    "billing.internal": PinnedCertificatesTrustEvaluator() // ok: CWE-295
])
let session = Session(serverTrustManager: manager)
