#[get("/reports/{name}")]
async fn report(path: web::Path<String>) -> std::io::Result<String> {
    let name = path.into_inner();
    std::fs::read_to_string(format!("/srv/reports/{}", name)) // expect: CWE-22
}
