const DEFAULT_PASSWORD_LENGTH: usize = 16; // ok: CWE-798
const TOKEN_HEADER: &str = "X-Api-Token"; // ok: CWE-798
