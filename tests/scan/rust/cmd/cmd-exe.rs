    Command::new("cmd").args(&["/C", &format!("type {}", path)]).output()?; // expect: CWE-78
