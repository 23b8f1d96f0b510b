    request.predicate = NSPredicate(format: "email == %@", email) // ok: CWE-89
