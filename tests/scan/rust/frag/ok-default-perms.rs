    fs::create_dir_all(&report_dir)?; // ok: CWE-732
