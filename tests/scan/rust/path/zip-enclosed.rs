use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Unpacks an uploaded zip of invoice scans into /srv/customers/<upload id>/.
pub fn unpack(archive: &[u8], upload_id: &str) -> zip::result::ZipResult<Vec<PathBuf>> {
    let dest = Path::new("/srv/customers").join(upload_id);
    let mut zip = zip::ZipArchive::new(io::Cursor::new(archive))?;
    let mut written = Vec::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i)?;
        let Some(rel) = entry.enclosed_name().map(|p| p.to_owned()) else {
            continue;
        };
        let out = dest.join(rel); // ok: CWE-22
        if entry.is_dir() {
            fs::create_dir_all(&out)?;
            continue;
        }
        if let Some(parent) = out.parent() {
            fs::create_dir_all(parent)?;
        }
        let mut f = fs::File::create(&out)?;
        io::copy(&mut entry, &mut f)?;
        written.push(out);
    }
    Ok(written)
}
