pub async fn delete_customer(session: Session, Path(id): Path<i64>, State(db): State<PgPool>) -> StatusCode {
    let user: Option<CurrentUser> = session.get("user").await.ok().flatten(); // ok: CWE-807
    if !user.map(|u| u.roles.contains(&Role::Admin)).unwrap_or(false) {
        return StatusCode::FORBIDDEN;
    }
    match sqlx::query("DELETE FROM customers WHERE id = $1").bind(id).execute(&db).await {
        Ok(_) => StatusCode::NO_CONTENT,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
