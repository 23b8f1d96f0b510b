    let mut f = tempfile::NamedTempFile::new()?; // ok: CWE-377
