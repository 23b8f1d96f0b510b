    @IBAction func saveTapped(_ sender: Any) {
        guard let user = userField.text, let password = passwordField.text else { return }
        let info = NSMutableDictionary()
        info.setValue(user, forKey: "username")
        info.setValue(password, forKey: "password") // expect: CWE-312
        info.write(toFile: documentsPath + "/account.plist", atomically: true)
    }
