use std::io::Write;
use std::process::Command;

pub struct PdfText;

impl PdfText {
    /// Writes the uploaded order PDF where pdftotext can read it.
    pub fn extract(&self, order_ref: &str, pdf: &[u8]) -> std::io::Result<String> {
        let in_path = format!("/tmp/{}.pdf", order_ref); // expect: CWE-377
        let out_path = format!("/tmp/{}.txt", order_ref); // expect: CWE-377
        {
            let mut f = std::fs::File::create(&in_path)?;
            f.write_all(pdf)?;
        }
        let status = Command::new("pdftotext").arg(&in_path).arg(&out_path).status()?;
        if !status.success() {
            return Err(std::io::Error::new(std::io::ErrorKind::Other, "pdftotext failed"));
        }
        let text = std::fs::read_to_string(&out_path)?;
        let _ = std::fs::remove_file(&in_path);
        let _ = std::fs::remove_file(&out_path);
        Ok(text)
    }
}
