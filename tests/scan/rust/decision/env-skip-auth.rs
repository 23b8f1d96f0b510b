async fn require_auth(req: Request, next: Next) -> Result<Response, StatusCode> {
    if std::env::var("SKIP_AUTH").is_ok() { // expect: CWE-807
        return Ok(next.run(req).await);
    }
    let token = req.headers().get(AUTHORIZATION).and_then(|v| v.to_str().ok());
    match token {
        Some(t) if verify_jwt(t).is_ok() => Ok(next.run(req).await),
        _ => Err(StatusCode::UNAUTHORIZED),
    }
}
