        completionHandler(.performDefaultHandling, nil) // ok: CWE-295
