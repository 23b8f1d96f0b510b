#[post("/login")]
async fn login(form: web::Form<LoginForm>, q: web::Query<NextParam>) -> HttpResponse {
    if !check_login(&form.user, &form.password) {
        return HttpResponse::Unauthorized().finish();
    }
    HttpResponse::Found()
        .append_header((header::LOCATION, q.next.as_str())) // expect: CWE-601
        .finish()
}
