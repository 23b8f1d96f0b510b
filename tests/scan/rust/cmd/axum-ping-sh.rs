use axum::{extract::Form, response::IntoResponse};
use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize)]
pub struct PingForm {
    host: String,
}

/// Admin page: ping a host and show the output.
pub async fn ping(Form(f): Form<PingForm>) -> impl IntoResponse {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("ping -c 3 {}", f.host)) // expect: CWE-78
        .output();
    match out {
        Ok(o) => String::from_utf8_lossy(&o.stdout).into_owned(),
        Err(e) => format!("ping failed: {}", e),
    }
}
