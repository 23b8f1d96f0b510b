    let out = tokio::process::Command::new("pdftotext").arg(&tmp_path).arg("-").output().await?; // ok: CWE-78
