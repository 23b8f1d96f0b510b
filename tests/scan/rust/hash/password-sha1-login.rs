pub async fn login(State(db): State<Db>, Json(creds): Json<Credentials>) -> StatusCode {
    let mut h = sha1::Sha1::new(); // expect: CWE-328
    h.update(creds.password.as_bytes()); // expect: CWE-916
    let digest = hex::encode(h.finalize());
    match db.user_hash(&creds.user).await {
        Some(stored) if stored == digest => StatusCode::OK,
        _ => StatusCode::UNAUTHORIZED,
    }
}
