    DirBuilder::new().recursive(true).mode(0o777).create("/var/spool/catalogue")?; // expect: CWE-732
