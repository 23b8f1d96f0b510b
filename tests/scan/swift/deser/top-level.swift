    guard let prefs = try NSKeyedUnarchiver.unarchiveTopLevelObjectWithData(payload) as? Preferences else { // expect: CWE-502
        return nil
    }
