pub async fn delete_customer(headers: HeaderMap, Path(id): Path<i64>, State(db): State<PgPool>) -> StatusCode {
    let is_admin = headers.get("x-is-admin").map(|v| v == "true").unwrap_or(false); // expect: CWE-807
    if !is_admin {
        return StatusCode::FORBIDDEN;
    }
    match sqlx::query("DELETE FROM customers WHERE id = $1").bind(id).execute(&db).await {
        Ok(_) => StatusCode::NO_CONTENT,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
