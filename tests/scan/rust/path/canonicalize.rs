#[get("/files")]
async fn download(q: web::Query<FileQuery>) -> actix_web::Result<NamedFile> {
    let base = std::fs::canonicalize("/srv/attachments")?;
    let full = std::fs::canonicalize(base.join(&q.name))?; // ok: CWE-22
    if !full.starts_with(&base) {
        return Err(actix_web::error::ErrorForbidden("outside attachments"));
    }
    Ok(NamedFile::open(full)?)
}
