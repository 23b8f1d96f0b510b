use crate::schema::customers::dsl::*;

pub fn by_email(conn: &mut PgConnection, wanted: &str) -> QueryResult<Customer> {
    customers.filter(email.eq(wanted)).first(conn) // ok: CWE-89
}
