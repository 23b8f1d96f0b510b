pub async fn convert(Json(req): Json<ConvertRequest>) -> Result<String, AppError> {
    let tool = match req.tool.as_str() {
        "pdf" => "pdftotext",
        "doc" => "antiword",
        _ => return Err(AppError::BadRequest),
    };
    let out = tokio::process::Command::new(tool) // ok: CWE-78
        .arg(&req.input)
        .output()
        .await?;
    Ok(String::from_utf8_lossy(&out.stdout).to_string())
}
