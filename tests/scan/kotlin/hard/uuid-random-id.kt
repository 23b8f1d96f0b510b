@OptIn(ExperimentalUuidApi::class)
fun newDraftId(): String = Uuid.random().toString() // ok: CWE-330
