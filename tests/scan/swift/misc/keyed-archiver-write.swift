    let data = try NSKeyedArchiver.archivedData(withRootObject: cart, requiringSecureCoding: true) // ok: CWE-502
