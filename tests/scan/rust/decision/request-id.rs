    let rid = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-"); // ok: CWE-807
