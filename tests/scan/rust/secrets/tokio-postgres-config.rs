use tokio_postgres::{Config, NoTls};

pub async fn connect_staff_db() -> Result<tokio_postgres::Client, tokio_postgres::Error> {
    let (client, conn) = Config::new()
        .host("db.prod.internal")
        .user("app")
        .password("Xy7-pQ2-zR9") // expect: CWE-798
        .dbname("staff")
        .connect(NoTls)
        .await?;
    tokio::spawn(async move {
        if let Err(e) = conn.await {
            eprintln!("connection error: {}", e);
        }
    });
    Ok(client)
}
