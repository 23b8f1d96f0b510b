    let resp = client.get(format!("{}/v1/orders/{}", BILLING_BASE, order_id)).send().await?; // ok: CWE-918
