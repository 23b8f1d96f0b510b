#[get("/files")]
async fn download(q: web::Query<FileQuery>) -> actix_web::Result<NamedFile> {
    Ok(NamedFile::open(format!("/srv/attachments/{}", q.name))?) // expect: CWE-22
}
