import Foundation

struct PaymentConfig {
    let merchantId: String
    let environment: String
    let publishableKey: String

    static let production = PaymentConfig(
        merchantId: "merchant.com.example.orders",
        environment: "production",
        publishableKey: "pk_live_51HxQe2LkT9vZ0aBcDeFgH" // ok: CWE-798
    )

    static let staging = PaymentConfig(
        merchantId: "merchant.com.example.orders.staging",
        environment: "sandbox",
        publishableKey: "pk_test_51HxQe2LkT9vZ0aBcDeFgH"
    )
}

enum Backend {
    static let secretKey = "sk_live_51HxQe2LkT9vZ0aBcDeFgHiJ" // expect: CWE-798

    static func authorizationHeader() -> String {
        "Bearer \(secretKey)"
    }
}
