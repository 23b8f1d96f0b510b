pub async fn convert(Json(req): Json<ConvertRequest>) -> Result<String, AppError> {
    let out = tokio::process::Command::new(&req.tool) // expect: CWE-78
        .arg(&req.input)
        .output()
        .await?;
    Ok(String::from_utf8_lossy(&out.stdout).to_string())
}
