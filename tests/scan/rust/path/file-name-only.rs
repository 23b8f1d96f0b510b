pub async fn avatar(Path(user): Path<String>) -> Result<Vec<u8>, AppError> {
    let file = std::path::Path::new(&user).file_name().ok_or(AppError::BadRequest)?;
    let p = std::path::Path::new(AVATAR_DIR).join(file).with_extension("png"); // ok: CWE-22
    Ok(tokio::fs::read(p).await?)
}
