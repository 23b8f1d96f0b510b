pub async fn list_books(pool: &PgPool, author: Option<&str>) -> sqlx::Result<Vec<Book>> {
    let mut qb = sqlx::QueryBuilder::new("SELECT * FROM books");
    if let Some(a) = author {
        qb.push(" WHERE author = ").push_bind(a); // ok: CWE-89
    }
    qb.build_query_as::<Book>().fetch_all(pool).await
}
