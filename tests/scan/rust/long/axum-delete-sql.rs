use axum::{extract::{Path, State}, http::StatusCode};
use sqlx::PgPool;

/// DELETE /orders/:reference -- removes a cancelled order.
pub async fn delete_order(
    State(pool): State<PgPool>,
    Path(reference): Path<String>,
) -> StatusCode {
    let mut tx = match pool.begin().await {
        Ok(tx) => tx,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE,
    };
    let q = format!("DELETE FROM order_lines WHERE order_ref = '{}'", reference); // expect: CWE-89
    if sqlx::query(&q).execute(&mut *tx).await.is_err() {
        return StatusCode::INTERNAL_SERVER_ERROR;
    }
    let res = sqlx::query("DELETE FROM orders WHERE ref = $1 AND status = 'cancelled'") // ok: CWE-89
        .bind(&reference)
        .execute(&mut *tx)
        .await;
    match res {
        Ok(r) if r.rows_affected() == 1 => match tx.commit().await {
            Ok(()) => StatusCode::NO_CONTENT,
            Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
        },
        Ok(_) => StatusCode::NOT_FOUND,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
