use std::io::Write;
use std::process::Command;

/// Saves the uploaded invoice PDF to a temporary file and runs pdftotext on it.
pub fn pdf_text(upload: &[u8]) -> std::io::Result<String> {
    let mut tmp = tempfile::Builder::new().suffix(".pdf").tempfile()?; // ok: CWE-377
    tmp.write_all(upload)?;
    let out = Command::new("pdftotext").arg(tmp.path()).arg("-").output()?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
