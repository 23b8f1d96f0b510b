use axum::{extract::Query, http::StatusCode, response::IntoResponse};
use serde::Deserialize;
use std::path::{Component, Path};

#[derive(Deserialize)]
pub struct FileQuery {
    name: String,
}

/// GET /files?name=... returns an attached invoice.
pub async fn get_file(Query(q): Query<FileQuery>) -> impl IntoResponse {
    let name = Path::new(&q.name);
    let mut parts = name.components();
    if !matches!((parts.next(), parts.next()), (Some(Component::Normal(_)), None)) {
        return StatusCode::BAD_REQUEST.into_response();
    }
    let path = Path::new("/srv/attachments").join(name); // ok: CWE-22
    match tokio::fs::read(&path).await {
        Ok(bytes) => (StatusCode::OK, bytes).into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}
