func preferences(from data: Data) throws -> Preferences {
    try JSONDecoder().decode(Preferences.self, from: data) // ok: CWE-502
}
