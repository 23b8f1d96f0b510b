    let showTip = Bool.random() // ok: CWE-330
