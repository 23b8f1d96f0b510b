use std::fmt::Write;

pub fn search_sql(name: Option<&str>, city: Option<&str>) -> String {
    let mut sql = String::from("SELECT id, name FROM customers WHERE 1=1");
    if let Some(n) = name {
        write!(sql, " AND name = '{}'", n).unwrap(); // expect: CWE-89
    }
    if let Some(c) = city {
        write!(sql, " AND city = '{}'", c).unwrap(); // expect: CWE-89
    }
    sql
}
