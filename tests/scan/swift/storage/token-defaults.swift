        UserDefaults.standard.set(response.accessToken, forKey: "authToken") // expect: CWE-312
