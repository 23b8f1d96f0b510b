let request_id = uuid::Uuid::new_v4(); // ok: CWE-330
