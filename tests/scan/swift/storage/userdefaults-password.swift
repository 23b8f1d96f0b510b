import Foundation

/// Remembers the credentials after a successful sign-in.
func rememberCredentials(user: String, password: String) {
    let defaults = UserDefaults.standard
    defaults.set(user, forKey: "savedUser")
    defaults.set(password, forKey: "savedPassword") // expect: CWE-312
}

func savedCredentials() -> (String, String)? {
    let defaults = UserDefaults.standard
    guard let user = defaults.string(forKey: "savedUser"),
          let password = defaults.string(forKey: "savedPassword") else {
        return nil
    }
    return (user, password)
}
