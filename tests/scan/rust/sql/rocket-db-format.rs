#[get("/orders/search?<reference>")]
async fn search(mut db: Connection<Db>, reference: &str) -> Option<Json<Order>> {
    sqlx::query_as::<_, Order>(&format!("SELECT * FROM orders WHERE ref = '{}'", reference)) // expect: CWE-89
        .fetch_optional(&mut **db)
        .await
        .ok()
        .flatten()
        .map(Json)
}
