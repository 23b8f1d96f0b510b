const tokenURL = "https://oauth2.googleapis.com/token" // ok: CWE-798
const passwordResetPath = "/account/password/reset"   // ok: CWE-798
