    func signIn(user: String, password: String) async throws {
        print("signing in \(user) with password \(password)") // expect: CWE-532
        try await api.signIn(user, password)
    }
