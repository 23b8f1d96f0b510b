use reqwest::Client;
use serde::Serialize;
use std::time::Duration;

#[derive(Serialize)]
pub struct Timesheet {
    pub badge: String,
    pub hours: f32,
}

pub struct BillingClient {
    http: Client,
    base: String,
}

impl BillingClient {
    pub fn new(base: &str) -> reqwest::Result<Self> {
        let http = Client::builder()
            .timeout(Duration::from_secs(10))
            .use_rustls_tls()
            .danger_accept_invalid_certs(std::env::var("BILLING_INSECURE").is_ok()) // expect: CWE-295
            .build()?;
        Ok(Self { http, base: base.to_string() })
    }

    pub async fn submit(&self, t: &Timesheet) -> reqwest::Result<()> {
        self.http
            .post(format!("{}/api", self.base))
            .json(t)
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }
}
