use actix_multipart::Multipart;
use actix_web::{post, HttpResponse, Error};
use futures_util::StreamExt;
use std::io::Write;

#[post("/upload")]
async fn upload(mut payload: Multipart) -> Result<HttpResponse, Error> {
    while let Some(item) = payload.next().await {
        let mut field = item?;
        let filename = field
            .content_disposition()
            .get_filename()
            .unwrap_or("upload.bin")
            .to_string();
        let filepath = format!("/srv/uploads/{}", filename);
        let mut f = std::fs::File::create(&filepath)?; // expect: CWE-22
        while let Some(chunk) = field.next().await {
            f.write_all(&chunk?)?;
        }
    }
    Ok(HttpResponse::Ok().body("uploaded"))
}
