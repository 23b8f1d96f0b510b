use axum::{extract::{Query, State}, http::StatusCode, Json};
use serde::Deserialize;
use sqlx::{PgPool, Row};

#[derive(Deserialize)]
pub struct Search {
    email: String,
}

pub async fn search_customers(
    State(pool): State<PgPool>,
    Query(q): Query<Search>,
) -> Result<Json<serde_json::Value>, StatusCode> {
    let sql = format!("SELECT id, name, email FROM customers WHERE email = '{}'", q.email); // expect: CWE-89
    let row = sqlx::query(&sql)
        .fetch_optional(&pool)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .ok_or(StatusCode::NOT_FOUND)?;
    Ok(Json(serde_json::json!({
        "id": row.get::<i64, _>("id"),
        "name": row.get::<String, _>("name"),
        "email": row.get::<String, _>("email"),
    })))
}
