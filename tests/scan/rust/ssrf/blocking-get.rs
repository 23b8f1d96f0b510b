#[post("/webhooks/test")]
fn test_webhook(body: Json<WebhookTest>) -> Status {
    match reqwest::blocking::get(body.callback_url.as_str()) { // expect: CWE-918
        Ok(r) if r.status().is_success() => Status::Ok,
        _ => Status::BadGateway,
    }
}
