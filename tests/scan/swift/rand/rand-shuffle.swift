    let idx = Int(rand()) % tips.count // expect: CWE-330
    tipLabel.text = tips[idx]
