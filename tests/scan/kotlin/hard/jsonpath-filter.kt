fun namesWithPriority(doc: DocumentContext, priority: String): List<String> =
    doc.read("$[?(@.priority == '$priority')].name") // ok: CWE-89
