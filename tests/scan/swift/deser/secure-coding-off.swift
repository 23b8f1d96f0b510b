func decodeSettings(_ blob: Data) throws -> Settings? {
    let unarchiver = try NSKeyedUnarchiver(forReadingFrom: blob)
    unarchiver.requiresSecureCoding = false // expect: CWE-502
    defer { unarchiver.finishDecoding() }
    return unarchiver.decodeObject(forKey: NSKeyedArchiveRootObjectKey) as? Settings
}
