    let idx = Int.random(in: 0..<tips.count) // ok: CWE-330
    tipLabel.text = tips[idx]
