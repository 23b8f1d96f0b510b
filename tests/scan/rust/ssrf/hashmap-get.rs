    let url = settings.get(&key).cloned().unwrap_or_default(); // ok: CWE-918
