private val handlers = mapOf("csv" to CsvHandler::class, "pdf" to PdfHandler::class)

fun handler(name: String): Handler =
    handlers[name]?.java?.getDeclaredConstructor()?.newInstance() ?: error("unknown handler") // ok: CWE-470
