    let body = ureq::get("https://status.example.com/api/v2/summary.json").call()?.into_string()?; // ok: CWE-918
