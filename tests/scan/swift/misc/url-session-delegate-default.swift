    let session = URLSession(configuration: .default) // ok: CWE-295
