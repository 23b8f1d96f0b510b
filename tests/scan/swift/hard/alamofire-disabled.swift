import Alamofire

let manager = ServerTrustManager(evaluators: [
    "billing.internal": DisabledTrustEvaluator() // expect: CWE-295
])
let session = Session(serverTrustManager: manager)
