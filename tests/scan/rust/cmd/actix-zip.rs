use actix_web::{post, web, HttpResponse};
use std::process::Command;

#[derive(serde::Deserialize)]
struct Bundle {
    name: String,
}

#[post("/reports/bundle")]
async fn bundle(form: web::Form<Bundle>) -> HttpResponse {
    let archive = format!("/srv/reports/{}.zip", form.name);
    let cmd = format!("zip -r {} /srv/reports/daily", archive);
    let res = Command::new("bash").arg("-c").arg(cmd).output(); // expect: CWE-78
    match res {
        Ok(o) if o.status.success() => HttpResponse::Ok().body("bundled"),
        _ => HttpResponse::InternalServerError().body("zip failed"),
    }
}
