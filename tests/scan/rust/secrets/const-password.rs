const DB_PASSWORD: &str = "Xy7-pQ2-zR9"; // expect: CWE-798
