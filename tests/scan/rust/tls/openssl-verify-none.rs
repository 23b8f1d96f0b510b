use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};

fn connector() -> Result<SslConnector, openssl::error::ErrorStack> {
    let mut b = SslConnector::builder(SslMethod::tls())?;
    b.set_verify(SslVerifyMode::NONE); // expect: CWE-295
    Ok(b.build())
}
