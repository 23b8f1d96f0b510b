use axum::extract::Query;
use std::collections::HashMap;
use std::path::Path;

pub async fn download(Query(params): Query<HashMap<String, String>>) -> Result<Vec<u8>, StatusCode> {
    let name = params.get("name").ok_or(StatusCode::BAD_REQUEST)?;
    let path = Path::new("/srv/attachments").join(name); // expect: CWE-22
    tokio::fs::read(path).await.map_err(|_| StatusCode::NOT_FOUND)
}
