    let coder = NSKeyedUnarchiver(forReadingWith: data) // expect: CWE-502
    let obj = coder.decodeObject(forKey: "root")
