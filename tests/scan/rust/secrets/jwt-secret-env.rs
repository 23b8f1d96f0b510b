use jsonwebtoken::{encode, EncodingKey, Header};

pub fn issue(claims: &Claims, cfg: &Config) -> jsonwebtoken::errors::Result<String> {
    encode(&Header::default(), claims, &EncodingKey::from_secret(cfg.jwt_secret.as_bytes())) // ok: CWE-798
}
