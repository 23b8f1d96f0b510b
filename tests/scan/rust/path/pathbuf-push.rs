pub async fn avatar(Path(user): Path<String>) -> Result<Vec<u8>, AppError> {
    let mut p = PathBuf::from(AVATAR_DIR);
    p.push(format!("{}.png", user)); // expect: CWE-22
    Ok(tokio::fs::read(p).await?)
}
