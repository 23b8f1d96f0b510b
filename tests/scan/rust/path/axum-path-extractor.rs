pub async fn report(Path(file): Path<String>) -> Result<String, StatusCode> {
    let full = PathBuf::from("/srv/reports").join(&file); // expect: CWE-22
    tokio::fs::read_to_string(full).await.map_err(|_| StatusCode::NOT_FOUND)
}
