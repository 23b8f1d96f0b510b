pub async fn attachment(Query(q): Query<FileQuery>) -> Result<Vec<u8>, StatusCode> {
    tokio::fs::read(format!("{}/{}", ATTACHMENT_DIR, q.name)) // expect: CWE-22
        .await
        .map_err(|_| StatusCode::NOT_FOUND)
}
