namespace {
constexpr char kJwtSecretEnv[] = "JWT_SECRET";                      // ok: CWE-798
}
