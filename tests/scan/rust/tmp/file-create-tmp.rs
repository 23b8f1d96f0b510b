    let mut f = File::create("/tmp/staff_report.txt")?; // expect: CWE-377
