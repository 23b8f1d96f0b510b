use diesel::prelude::*;
use diesel::sql_query;
use diesel::sql_types::Text;

pub fn employees_named(conn: &mut PgConnection, name: &str) -> QueryResult<Vec<Employee>> {
    sql_query("SELECT * FROM staff WHERE name LIKE $1") // ok: CWE-89
        .bind::<Text, _>(format!("%{}%", name))
        .load::<Employee>(conn)
}
