    passwordField.placeholder = "Password" // ok: CWE-798
