    tracing::info!("{}", format!("select returned {} rows for {}", n, email)); // ok: CWE-89
