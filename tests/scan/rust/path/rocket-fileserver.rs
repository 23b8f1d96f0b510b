#[get("/download/<file..>")]
async fn download(file: PathBuf) -> Option<NamedFile> {
    NamedFile::open(Path::new("static/").join(file)).await.ok() // ok: CWE-22
}
