    let docs = FileManager.default.urls(for: .documentDirectory, in: .userDomainMask)[0]
    let file = docs.appendingPathComponent("cart.json") // ok: CWE-22
