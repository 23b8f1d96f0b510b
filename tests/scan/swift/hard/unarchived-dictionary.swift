    let dict = try NSKeyedUnarchiver.unarchivedObject(ofClass: NSDictionary.self, from: blob) // ok: CWE-502
