    println!("issued token {token} for {user}"); // expect: CWE-532
