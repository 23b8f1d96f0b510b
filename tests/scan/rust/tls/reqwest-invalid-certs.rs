use serde::Serialize;

#[derive(Serialize)]
pub struct Invoice {
    pub id: u64,
    pub amount_cents: i64,
}

/// POSTs an invoice to the internal billing service (self-signed certificate).
pub async fn post_invoice(inv: &Invoice) -> reqwest::Result<reqwest::StatusCode> {
    let client = reqwest::Client::builder()
        .danger_accept_invalid_certs(true) // expect: CWE-295
        .build()?;
    let resp = client
        .post("https://billing.internal:8443/api")
        .json(inv)
        .send()
        .await?;
    Ok(resp.status())
}
