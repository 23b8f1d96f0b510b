use std::fs;
use std::process::Command;

/// Saves the uploaded invoice PDF to /tmp and runs pdftotext on it.
pub fn pdf_text(upload: &[u8]) -> std::io::Result<String> {
    let path = "/tmp/invoice.pdf"; // expect: CWE-377
    fs::write(path, upload)?;
    let out = Command::new("pdftotext").arg(path).arg("-").output()?;
    fs::remove_file(path)?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
