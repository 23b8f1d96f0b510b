    @IBAction func saveTapped(_ sender: Any) {
        let info = NSMutableDictionary()
        info.setValue(nameField.text, forKey: "displayName")
        info.setValue(themeSwitch.isOn, forKey: "darkMode") // ok: CWE-312
        info.write(toFile: documentsPath + "/settings.plist", atomically: true)
    }
