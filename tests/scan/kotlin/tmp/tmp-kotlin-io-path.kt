import kotlin.io.path.createTempDirectory

val dir = createTempDirectory("reports") // ok: CWE-377
