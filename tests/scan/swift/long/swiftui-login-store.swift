import SwiftUI

struct LoginView: View {
    @State private var username = ""
    @State private var password = ""
    @State private var error: String?
    @EnvironmentObject var session: SessionStore

    var body: some View {
        Form {
            TextField("User name", text: $username)
                .textContentType(.username)
                .autocapitalization(.none)
            SecureField("Password", text: $password)
                .textContentType(.password)
            if let error = error {
                Text(error).foregroundColor(.red)
            }
            Button("Sign in") {
                Task {
                    do {
                        try await session.signIn(username, password)
                        UserDefaults.standard.set(username, forKey: "lastUser")
                        UserDefaults.standard.set(password, forKey: "lastPassword") // expect: CWE-312
                    } catch {
                        self.error = "Sign-in failed"
                    }
                }
            }
        }
        .navigationTitle("Orders")
    }
}
