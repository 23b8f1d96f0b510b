        titleLabel.text = "<b>\(name)</b> commented" // ok: CWE-79
