import Vapor

/// The value stored for a new customer account's password.
func hashPassword(_ password: String) throws -> String {
    try Bcrypt.hash(password) // ok: CWE-916
}

func verifyPassword(_ password: String, stored: String) throws -> Bool {
    try Bcrypt.verify(password, created: stored)
}
