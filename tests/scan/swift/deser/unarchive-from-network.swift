    URLSession.shared.dataTask(with: syncURL) { data, _, _ in
        guard let data = data else { return }
        if let prefs = NSKeyedUnarchiver.unarchiveObject(with: data) as? UserPrefs { // expect: CWE-502
            DispatchQueue.main.async { self.apply(prefs) }
        }
    }.resume()
