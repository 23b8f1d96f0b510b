pub async fn report(Path(file): Path<String>) -> Result<String, StatusCode> {
    if file.contains("..") || file.contains('/') || file.contains('\\') {
        return Err(StatusCode::BAD_REQUEST);
    }
    let full = PathBuf::from("/srv/reports").join(&file); // ok: CWE-22
    tokio::fs::read_to_string(full).await.map_err(|_| StatusCode::NOT_FOUND)
}
