use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};

fn connector() -> Result<SslConnector, openssl::error::ErrorStack> {
    let mut b = SslConnector::builder(SslMethod::tls())?;
    b.set_verify(SslVerifyMode::PEER); // ok: CWE-295
    b.set_ca_file("/etc/billing/ca.pem")?;
    Ok(b.build())
}
