use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

/// Creates the shared report directory and today's report file.
pub fn prepare_reports(day: &str) -> std::io::Result<()> {
    let dir = Path::new("/srv/shared/orders-reports");
    fs::create_dir_all(dir)?;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o777))?; // expect: CWE-732
    let file = dir.join(format!("{}.csv", day));
    fs::write(&file, b"")?;
    fs::set_permissions(&file, fs::Permissions::from_mode(0o666))?; // expect: CWE-732
    Ok(())
}
