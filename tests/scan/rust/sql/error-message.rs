    return Err(format!("update of {} failed: {}", id, e)); // ok: CWE-89
