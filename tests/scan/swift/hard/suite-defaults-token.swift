    UserDefaults(suiteName: "group.com.example.orders")?.set(token, forKey: "token") // expect: CWE-312
