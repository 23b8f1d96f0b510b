use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::PgPool;
use std::env;

/// Opens the production database for the customer service.
pub async fn connect() -> anyhow::Result<PgPool> {
    let opts = PgConnectOptions::new()
        .host("db.prod.internal")
        .database("customers")
        .username("app")
        .password(&env::var("CUSTOMERS_DB_PASSWORD")?); // ok: CWE-798
    Ok(PgPoolOptions::new()
        .max_connections(10)
        .connect_with(opts)
        .await?)
}
