        let resp = try await req.client.get("https://billing.internal/api/orders/\(orderID)") // ok: CWE-918
