pub async fn list_books(pool: &PgPool, author: Option<&str>) -> sqlx::Result<Vec<Book>> {
    let mut sql = String::from("SELECT * FROM books");
    if let Some(a) = author {
        sql.push_str(" WHERE author = '");
        sql.push_str(a);
        sql.push('\'');
    }
    sqlx::query_as::<_, Book>(&sql).fetch_all(pool).await // expect: CWE-89
}
