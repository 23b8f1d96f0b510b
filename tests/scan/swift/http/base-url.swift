enum API {
    static let baseURL = "http://api.staff.example.com:8080" // expect: CWE-319
}
