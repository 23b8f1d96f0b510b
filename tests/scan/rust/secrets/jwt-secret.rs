use jsonwebtoken::{encode, EncodingKey, Header};

pub fn issue(claims: &Claims) -> jsonwebtoken::errors::Result<String> {
    encode(&Header::default(), claims, &EncodingKey::from_secret(b"s3cr3t-signing-key")) // expect: CWE-798
}
