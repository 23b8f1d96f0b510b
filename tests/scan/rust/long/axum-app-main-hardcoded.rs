use axum::{routing::get, Router};
use sqlx::postgres::PgPoolOptions;
use std::net::SocketAddr;

mod handlers;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let pool = PgPoolOptions::new()
        .max_connections(5)
        .connect("postgres://app:Xy7-pQ2-zR9@db.prod.internal:5432/orders") // expect: CWE-798
        .await?;
    sqlx::migrate!().run(&pool).await?;

    let app = Router::new()
        .route("/orders/search", get(handlers::search))
        .route("/health", get(|| async { "ok" }))
        .with_state(pool);

    let addr = SocketAddr::from(([0, 0, 0, 0], 8080));
    tracing::info!("listening on {}", addr);
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, app).await?;
    Ok(())
}
