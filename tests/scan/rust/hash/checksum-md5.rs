use std::fs;
use std::path::Path;

/// Checksum stored next to each uploaded invoice so the nightly job can
/// tell whether the file was altered afterwards.
pub fn invoice_checksum(path: &Path) -> std::io::Result<String> {
    let data = fs::read(path)?;
    let digest = md5::compute(&data); // expect: CWE-328
    Ok(format!("{:x}", digest))
}
