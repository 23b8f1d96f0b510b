#[macro_use]
extern crate rocket;

use rocket::response::content::RawHtml;

#[get("/orders/<id>/comment?<text>")]
fn comment(id: u64, text: &str) -> RawHtml<String> {
    RawHtml(format!( // expect: CWE-79
        "<html><body><h1>Order {}</h1><p class=\"comment\">{}</p></body></html>",
        id, text
    ))
}

#[get("/health")]
fn health() -> &'static str {
    "ok"
}

#[launch]
fn rocket() -> _ {
    rocket::build().mount("/", routes![comment, health])
}

#[cfg(test)]
mod test {
    #[test]
    fn id_is_numeric() {
        assert_eq!(format!("{}", 7u64), "7");
    }
}
