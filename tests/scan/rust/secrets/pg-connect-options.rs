use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::PgPool;

/// Opens the production database for the customer service.
pub async fn connect() -> sqlx::Result<PgPool> {
    let opts = PgConnectOptions::new()
        .host("db.prod.internal")
        .database("customers")
        .username("app")
        .password("Xy7-pQ2-zR9"); // expect: CWE-798
    PgPoolOptions::new()
        .max_connections(10)
        .connect_with(opts)
        .await
}
