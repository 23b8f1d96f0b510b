const TABLE: &str = "customers";
let sql = format!("SELECT count(*) FROM {TABLE}"); // ok: CWE-89
