    try sealed.combined!.write(to: vaultURL, options: [.atomic, .completeFileProtection]) // ok: CWE-312
