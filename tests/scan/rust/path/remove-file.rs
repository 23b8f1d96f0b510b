pub async fn delete_upload(Query(p): Query<DeleteParams>) -> StatusCode {
    let target = Path::new(UPLOAD_ROOT).join(&p.file); // expect: CWE-22
    match tokio::fs::remove_file(target).await {
        Ok(()) => StatusCode::NO_CONTENT,
        Err(_) => StatusCode::NOT_FOUND,
    }
}
