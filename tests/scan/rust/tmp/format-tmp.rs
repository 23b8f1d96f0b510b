    let path = format!("/tmp/upload-{}.pdf", order_id); // expect: CWE-377
    let mut f = File::create(&path)?;
