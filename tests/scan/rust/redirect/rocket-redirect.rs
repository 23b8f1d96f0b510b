#[post("/login?<next>", data = "<form>")]
fn login(next: String, form: Form<Credentials>) -> Result<Redirect, Status> {
    if check_login(&form.user, &form.password) {
        Ok(Redirect::to(next)) // expect: CWE-601
    } else {
        Err(Status::Unauthorized)
    }
}
