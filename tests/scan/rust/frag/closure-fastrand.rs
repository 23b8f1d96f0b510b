    .map(|_| fastrand::char('a'..='z'))  // expect: CWE-330
    .collect::<String>()
