use serde::Serialize;

#[derive(Serialize)]
pub struct Invoice {
    pub id: u64,
    pub amount_cents: i64,
}

/// POSTs an invoice to the internal billing service (self-signed certificate).
pub async fn post_invoice(inv: &Invoice) -> anyhow::Result<reqwest::StatusCode> {
    let pem = std::fs::read("/etc/billing/ca.pem")?;
    let client = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(&pem)?) // ok: CWE-295
        .build()?;
    let resp = client
        .post("https://billing.internal:8443/api")
        .json(inv)
        .send()
        .await?;
    Ok(resp.status())
}
