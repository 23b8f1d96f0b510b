namespace {
constexpr char kJwtSecret[] = "c3VwZXItc2VjcmV0LWp3dC1rZXk=";           // expect: CWE-798
}
