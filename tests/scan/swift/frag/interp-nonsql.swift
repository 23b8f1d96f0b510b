    let title = "Select a customer: \(customer.name)" // ok: CWE-89
