override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor? {
    val file = File(context!!.filesDir, uri.lastPathSegment!!) // expect: CWE-22
    return ParcelFileDescriptor.open(file, ParcelFileDescriptor.MODE_READ_ONLY)
}
