    let obj = try NSKeyedUnarchiver.unarchivedObject(ofClasses: [Preferences.self, NSString.self, NSNumber.self], from: data) // ok: CWE-502
