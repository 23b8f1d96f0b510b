#[get("/greet")]
async fn greet(q: web::Query<Greet>) -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "greeting": format!("Hello, {}!", q.name) })) // ok: CWE-79
}
