use diesel::prelude::*;
use diesel::sql_query;

pub fn employees_named(conn: &mut PgConnection, name: &str) -> QueryResult<Vec<Employee>> {
    sql_query(format!("SELECT * FROM staff WHERE name LIKE '%{}%'", name)) // expect: CWE-89
        .load::<Employee>(conn)
}
