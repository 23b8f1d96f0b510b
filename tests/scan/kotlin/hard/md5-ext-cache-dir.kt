fun String.md5(): String {
    val digest = MessageDigest.getInstance("MD5") // expect: CWE-328
    return digest.digest(toByteArray()).joinToString("") { "%02x".format(it) }
}

class VoiceRecorder(private val outputDirectory: File) {
    fun dirFor(roomId: String): File = File(outputDirectory, roomId.md5()).apply { mkdirs() } // expect: CWE-328
}
