use axum::{body::Bytes, http::{HeaderMap, StatusCode}};
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// Verifies the signature of a payment-provider webhook.
pub async fn webhook(headers: HeaderMap, body: Bytes) -> StatusCode {
    let secret = match std::env::var("WEBHOOK_SECRET") { // ok: CWE-798
        Ok(s) => s,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR,
    };
    let Some(sig) = headers.get("x-signature").and_then(|v| v.to_str().ok()) else {
        return StatusCode::UNAUTHORIZED;
    };
    let Ok(expected) = hex::decode(sig) else {
        return StatusCode::UNAUTHORIZED;
    };
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("any key size");
    mac.update(&body);
    if mac.verify_slice(&expected).is_err() {
        return StatusCode::UNAUTHORIZED;
    }
    tracing::info!(len = body.len(), "webhook accepted");
    StatusCode::OK
}

#[cfg(test)]
mod tests {
    #[test]
    fn hex_roundtrip() {
        assert_eq!(hex::decode("00ff").unwrap(), vec![0, 255]);
    }
}
