#[get("/greet")]
async fn greet(q: web::Query<Greet>) -> HttpResponse {
    let page = format!("<html><body><h2>Hello, {}!</h2></body></html>", q.name); // expect: CWE-79
    HttpResponse::Ok().content_type("text/html; charset=utf-8").body(page)
}
