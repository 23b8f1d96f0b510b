func decodeSettings(_ blob: Data) throws -> Settings? {
    let unarchiver = try NSKeyedUnarchiver(forReadingFrom: blob)
    unarchiver.requiresSecureCoding = true // ok: CWE-502
    defer { unarchiver.finishDecoding() }
    return unarchiver.decodeObject(of: Settings.self, forKey: NSKeyedArchiveRootObjectKey)
}
