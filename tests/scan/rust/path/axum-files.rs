use axum::{extract::Query, http::StatusCode, response::IntoResponse};
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
pub struct FileQuery {
    name: String,
}

/// GET /files?name=... returns an attached invoice.
pub async fn get_file(Query(q): Query<FileQuery>) -> impl IntoResponse {
    let path = Path::new("/srv/attachments").join(&q.name); // expect: CWE-22
    match tokio::fs::read(&path).await {
        Ok(bytes) => (StatusCode::OK, bytes).into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}
