use axum::{extract::Query, http::StatusCode};
use serde::Deserialize;
use url::Url;

const ALLOWED_HOSTS: &[&str] = &["docs.example.com", "wiki.example.com"];

#[derive(Deserialize)]
pub struct Preview {
    url: String,
}

/// Link previews on ticket notes: first 200 characters of the page.
pub async fn preview(Query(p): Query<Preview>) -> Result<String, StatusCode> {
    let url = Url::parse(&p.url).map_err(|_| StatusCode::BAD_REQUEST)?;
    if url.scheme() != "https" || !ALLOWED_HOSTS.contains(&url.host_str().unwrap_or("")) {
        return Err(StatusCode::FORBIDDEN);
    }
    let body = reqwest::get(url) // ok: CWE-918
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?
        .text()
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    Ok(body.chars().take(200).collect())
}
