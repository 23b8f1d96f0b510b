use actix_web::{get, web, HttpResponse, Responder};
use deadpool_postgres::Pool;
use serde::Deserialize;

#[derive(Deserialize)]
struct Lookup {
    ticket: String,
}

#[get("/tickets/search")]
async fn search(pool: web::Data<Pool>, q: web::Query<Lookup>) -> impl Responder {
    let client = match pool.get().await {
        Ok(c) => c,
        Err(_) => return HttpResponse::ServiceUnavailable().finish(),
    };
    let row = client
        .query_opt(
            "SELECT id, subject, status FROM tickets WHERE ticket_no = $1", // ok: CWE-89
            &[&q.ticket],
        )
        .await;
    match row {
        Ok(Some(row)) => HttpResponse::Ok().json(serde_json::json!({
            "id": row.get::<_, i32>(0),
            "subject": row.get::<_, String>(1),
            "status": row.get::<_, String>(2),
        })),
        Ok(None) => HttpResponse::NotFound().finish(),
        Err(_) => HttpResponse::InternalServerError().finish(),
    }
}
