pub async fn rename_table(client: &tokio_postgres::Client, tenant: &str) -> Result<(), Error> {
    let ddl = format!("ALTER TABLE orders_{} RENAME TO orders_{}_old", tenant, tenant); // expect: CWE-89
    client.batch_execute(&ddl).await
}
