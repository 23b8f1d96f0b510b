pub async fn login(Json(creds): Json<Credentials>) -> StatusCode {
    tracing::info!("login attempt user={}", creds.user); // ok: CWE-532
    if check_login(&creds.user, &creds.password) { StatusCode::OK } else { StatusCode::UNAUTHORIZED }
}
