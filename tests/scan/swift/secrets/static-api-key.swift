enum Config {
    static let apiKey: String = "AIzaSyB9x-4kT2mQ8rLpW0vZ3nC7" // expect: CWE-798
}
