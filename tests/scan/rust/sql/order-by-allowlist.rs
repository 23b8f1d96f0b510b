let col = match sort.as_str() {
    "date" => "created_at",
    "total" => "total",
    _ => "id",
};
let sql = format!("SELECT * FROM orders ORDER BY {}", col); // ok: CWE-89
