use axum::{extract::Query, http::StatusCode};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Preview {
    url: String,
}

/// Link previews on ticket notes: first 200 characters of the page.
pub async fn preview(Query(p): Query<Preview>) -> Result<String, StatusCode> {
    let body = reqwest::get(&p.url) // expect: CWE-918
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?
        .text()
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    Ok(body.chars().take(200).collect())
}
