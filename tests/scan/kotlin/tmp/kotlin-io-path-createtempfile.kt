import kotlin.io.path.createTempFile
import kotlin.io.path.writeBytes

fun spoolInvoice(pdf: ByteArray): java.nio.file.Path {
    val p = createTempFile("invoice", ".pdf") // ok: CWE-377
    p.writeBytes(pdf)
    return p
}
