#[get("/orders/search?<reference>")]
async fn search(mut db: Connection<Db>, reference: &str) -> Option<Json<Order>> {
    sqlx::query_as::<_, Order>("SELECT * FROM orders WHERE ref = ?") // ok: CWE-89
        .bind(reference)
        .fetch_optional(&mut **db)
        .await
        .ok()
        .flatten()
        .map(Json)
}
